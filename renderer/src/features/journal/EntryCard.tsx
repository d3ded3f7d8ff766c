/**
 * One appreciation in the history: who wrote it to whom (in the writer's colour), when, the words as plain
 * text with their paragraphs, tags, and "Just for me" on a private one. The writer gets Edit and Delete.
 * An entry that cannot be opened shows as one calm line with its date; nothing about it is guessed.
 */
import { useId } from 'react';
import { promptById } from '@shared/content/prompts';
import { Button } from '@renderer/ui/Button';
import type { AppreciationChanges, JournalEntry, PartnerSlot, ReadableEntry } from './appreciation';
import { EditEntryDialog } from './EditEntryDialog';
import { dayHeading, timeOfDay } from './journalView';
import { byline, partnerName, spaceChoices, type JournalPeople } from './journalPeople';
import { accentClass } from './partnerAccent';
import styles from './EntryCard.module.css';

export interface EntryActions {
  onSave: (id: string, changes: AppreciationChanges) => Promise<unknown>;
  onDelete: (entry: ReadableEntry) => void;
}

interface EntryCardProps {
  entry: JournalEntry;
  me: PartnerSlot;
  people: JournalPeople;
  now: number;
  knownTags: readonly string[];
  actions: EntryActions;
  /** A smaller card without actions, for "On this day". */
  isCompact?: boolean;
  /** h4 under a day's h3 in the history; h3 directly under a section's h2. */
  headingLevel?: 3 | 4;
}

export function EntryCard({ entry, me, people, now, knownTags, actions, isCompact = false, headingLevel = 4 }: EntryCardProps) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const written = new Date(entry.createdAt);
  const accent = accentClass(people, entry.author);

  if (entry.status !== 'ok') {
    return (
      <article className={`${styles.card} ${styles.unreadable} ${accent}`} aria-labelledby={headingId} data-entry-id={entry.id} tabIndex={-1}>
        <Heading id={headingId} className={styles.byline}>
          This entry couldn't be read
        </Heading>
        <p className={styles.muted}>
          {byline(people, entry.author, me)}, <time dateTime={written.toISOString()}>{dayHeading(entry.createdAt, now)} at {timeOfDay(entry.createdAt)}</time>.
          It may have been damaged; Hearth leaves it as it is.
        </p>
      </article>
    );
  }

  const prompt = entry.promptId ? promptById(entry.promptId) : undefined;
  const isMine = entry.author === me;
  const partner = partnerName(people, me);

  return (
    <article
      className={`${styles.card} ${isCompact ? styles.compact : ''} ${accent}`}
      aria-labelledby={headingId}
      data-entry-id={entry.id}
      tabIndex={-1}
    >
      <header className={styles.header}>
        <Heading id={headingId} className={styles.byline}>
          <span className={styles.dot} aria-hidden="true" />
          {byline(people, entry.author, me)}
        </Heading>
        <p className={styles.meta}>
          <time dateTime={written.toISOString()}>{timeOfDay(entry.createdAt)}</time>
          {entry.space === 'private' ? <span className={styles.private}>Just for me</span> : null}
        </p>
      </header>
      {prompt ? <p className={styles.prompt}>{prompt.text}</p> : null}
      <p className={styles.text} dir="auto">
        {entry.text}
      </p>
      {entry.tags.length > 0 ? (
        <ul className={styles.tags} aria-label="Tags">
          {entry.tags.map((tag) => (
            <li key={tag} className={styles.tag} dir="auto">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      {isMine && !isCompact ? (
        <div className={styles.actions}>
          <EditEntryDialog
            entry={entry}
            title="Edit your entry"
            textLabel={partner ? `Your note to ${partner}` : 'Your note'}
            spaceChoices={spaceChoices(people, me)}
            knownTags={knownTags}
            onSave={actions.onSave}
          />
          <Button size="small" onPress={() => actions.onDelete(entry)}>
            Delete
          </Button>
        </div>
      ) : null}
    </article>
  );
}
