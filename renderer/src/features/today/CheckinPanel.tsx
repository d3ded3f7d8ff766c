/** This week's check-in: where it stands (ready, waiting for the partner, both answered) and the way there. */
import type { WeekView } from '@renderer/features/checkins';
import { ActionLink } from '@renderer/ui/Button';
import { PulseIcon } from '@renderer/ui/icons';
import { QuietPlaceholder } from './QuietPlaceholder';
import { StatusMark } from './StatusMark';
import { TodayPanel } from './TodayPanel';
import { checkinStanding, checkinWords } from './todayWording';
import type { Loaded } from '@renderer/lib/useLoad';
import styles from './CheckinPanel.module.css';

interface CheckinPanelProps {
  week: Loaded<WeekView>;
  partnerName: string | undefined;
}

export function CheckinPanel({ week, partnerName }: CheckinPanelProps) {
  const words = week.status === 'ready' ? checkinWords(checkinStanding(week.value, partnerName !== undefined), partnerName ?? '') : null;
  const actions = (
    <>
      {words?.isYourTurn ? <ActionLink to="/checkins">Check in</ActionLink> : null}
      <ActionLink to="/checkins" variant={words?.isYourTurn ? 'quiet' : 'primary'}>
        Open this week
      </ActionLink>
    </>
  );
  return (
    <TodayPanel title="This week's check-in" icon={PulseIcon} actions={actions}>
      {week.status === 'loading' ? <QuietPlaceholder>Looking at this week…</QuietPlaceholder> : null}
      {week.status === 'failed' ? <p className={styles.detail}>Hearth could not look at this week just now. Your check-ins are still there.</p> : null}
      {words ? (
        <>
          <StatusMark isDone={!words.isYourTurn}>{words.status}</StatusMark>
          <p className={styles.detail}>{words.detail}</p>
        </>
      ) : null}
    </TodayPanel>
  );
}
