/**
 * Tonight's appreciation: one tile per partner (or just you, when you are alone in Hearth), saying only
 * whether each has written today. Never the words themselves; the journal keeps those.
 */
import type { PartnerSlot } from '@renderer/features/vault';
import { ActionLink } from '@renderer/ui/Button';
import { BookIcon } from '@renderer/ui/icons';
import { QuietPlaceholder } from './QuietPlaceholder';
import { StatusMark } from './StatusMark';
import { TodayPanel } from './TodayPanel';
import { appreciationWords } from './todayWording';
import type { WrittenTonight } from './tonight';
import type { Loaded } from '@renderer/lib/useLoad';
import styles from './AppreciationPanel.module.css';

export interface TodayPerson {
  slot: PartnerSlot;
  name: string;
}

interface AppreciationPanelProps {
  you: TodayPerson;
  partner: TodayPerson | null;
  written: Loaded<WrittenTonight>;
}

export function AppreciationPanel({ you, partner, written }: AppreciationPanelProps) {
  return (
    <TodayPanel title="Tonight's appreciation" icon={BookIcon}>
      <p className={styles.intro}>
        {partner ? 'Before the day ends, a few words to each other about something you noticed and were glad of.' : 'Before the day ends, a few words about something you noticed and were glad of.'}
      </p>
      {written.status === 'loading' ? <QuietPlaceholder>Looking at tonight's pages…</QuietPlaceholder> : null}
      {written.status === 'failed' ? <p className={styles.quiet}>Hearth could not look at tonight's pages just now. Your journal is still there.</p> : null}
      {written.status === 'ready' ? (
        <ul className={styles.people}>
          <PersonTile person={you} isYou hasWritten={written.value[you.slot]} partnerName={partner?.name} />
          {partner ? <PersonTile person={partner} isYou={false} hasWritten={written.value[partner.slot]} /> : null}
        </ul>
      ) : null}
    </TodayPanel>
  );
}

function PersonTile({ person, isYou, hasWritten, partnerName }: { person: TodayPerson; isYou: boolean; hasWritten: boolean; partnerName?: string }) {
  const words = appreciationWords({ isYou, hasWritten, name: person.name, partnerName });
  return (
    <li className={`${styles.person} ${person.slot === 'a' ? styles.a : styles.b}`}>
      <p className={styles.name}>
        {person.name}
        {isYou ? <span className={styles.you}> (you)</span> : null}
      </p>
      <StatusMark isDone={hasWritten}>{words.status}</StatusMark>
      <p className={styles.detail}>{words.detail}</p>
      {isYou && !hasWritten ? (
        <div className={styles.action}>
          <ActionLink to="/journal">{partnerName ? `Write to ${partnerName}` : 'Write an appreciation'}</ActionLink>
        </div>
      ) : null}
      {!isYou && hasWritten ? (
        <div className={styles.action}>
          <ActionLink to="/journal" variant="quiet">{`Read ${person.name}'s words`}</ActionLink>
        </div>
      ) : null}
    </li>
  );
}
