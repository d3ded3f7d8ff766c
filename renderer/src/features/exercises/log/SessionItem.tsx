/**
 * One session in the log: what, when, who, how long, how it felt, and the reflection (the viewer's private
 * one marked as such). The viewer may remove their own, after a second press to confirm.
 */
import { useState } from 'react';
import { exerciseById, SENSATE_FOCUS_STAGES } from '@shared/content';
import { durationText, FEELING_WORDS } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import type { SessionEntry } from '../exerciseLogRepo';
import { accentClass, nameOf, participantsText, type People } from '../exercisePeople';
import common from '../common.module.css';
import styles from './SessionLog.module.css';

const WHEN = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' });

interface SessionItemProps {
  entry: SessionEntry;
  people: People;
  onRemove?: (id: string) => Promise<void>;
  /** Leave out the exercise's name (inside the sensate focus stages, where it is known). */
  isCompact?: boolean;
}

export function SessionItem({ entry, people, onRemove, isCompact }: SessionItemProps) {
  if (entry.status === 'unreadable') {
    return (
      <article className={`${styles.item} ${styles.unreadable}`}>
        <p>
          {entry.author === people.viewer ? 'You' : nameOf(people, entry.author)} logged something on {WHEN.format(entry.createdAt)} that
          could not be opened on this computer. It is left as it is.
        </p>
      </article>
    );
  }
  const { session } = entry;
  const exercise = exerciseById(session.exerciseId);
  const title = exercise?.title ?? 'An exercise from a newer version of Hearth';
  const stage = session.stage ? SENSATE_FOCUS_STAGES[session.stage - 1] : undefined;
  return (
    <article className={`${styles.item} ${accentClass(entry.author)}`} aria-label={`${isCompact ? 'Session' : title}, ${WHEN.format(session.startedAt)}`}>
      {isCompact ? null : <h3 className={styles.title}>{title}</h3>}
      <p className={styles.meta}>
        {WHEN.format(session.startedAt)} · {participantsText(people, session.participants)} · {durationText(session.durationSeconds)}
        {session.feeling ? ` · Felt: ${FEELING_WORDS[session.feeling].toLowerCase()}` : ''}
      </p>
      {stage && !isCompact ? <p className={common.small}>Stage {session.stage}: {stage.title}</p> : null}
      {session.reflection ? <p className={styles.reflection}>{session.reflection}</p> : null}
      {entry.privateReflection ? (
        <div className={styles.private}>
          <p className={`${common.small} ${common.muted}`}>Only you can read this</p>
          <p className={styles.reflection}>{entry.privateReflection}</p>
        </div>
      ) : null}
      <p className={`${common.small} ${common.muted}`}>Logged by {nameOf(people, entry.author)}</p>
      {onRemove && entry.author === people.viewer ? <RemoveSession id={entry.id} title={title} onRemove={onRemove} /> : null}
    </article>
  );
}

function RemoveSession({ id, title, onRemove }: { id: string; title: string; onRemove: (id: string) => Promise<void> }) {
  const [isAsking, setAsking] = useState(false);
  if (!isAsking) {
    return (
      <div className={common.actions}>
        <Button aria-label={`Remove this session of ${title}`} onPress={() => setAsking(true)}>
          Remove
        </Button>
      </div>
    );
  }
  return (
    <div className={common.actions} role="group" aria-label="Remove this session?">
      <p className={common.small}>Remove this session from the log?</p>
      <Button onPress={() => void onRemove(id)}>Yes, remove it</Button>
      <Button onPress={() => setAsking(false)}>Keep it</Button>
    </div>
  );
}
