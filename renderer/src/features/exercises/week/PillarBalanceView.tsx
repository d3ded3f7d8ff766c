/**
 * Balance across the five pillars over the last four weeks (pillarBalance): a bar for the sessions and a
 * mark for what the plan suggests, with every number also said in words. A kind nudge toward a pillar that
 * has had less room; nothing is scored.
 */
import { pillarById } from '@shared/content';
import { pillarBalance, quietestPillar, type PlanItem, type SessionFact } from '@shared/exercises';
import common from '../common.module.css';
import { timesText } from './planWords';
import styles from './Week.module.css';

interface PillarBalanceViewProps {
  sessions: readonly SessionFact[];
  planItems: readonly PlanItem[];
  now: number;
}

export function PillarBalanceView({ sessions, planItems, now }: PillarBalanceViewProps) {
  const balance = pillarBalance({ sessions, planItems, now });
  const scale = Math.max(1, ...balance.pillars.flatMap((p) => [p.sessions, p.planned]));
  const quiet = quietestPillar(balance);
  return (
    <div className={common.stack}>
      {balance.totalSessions === 0 ? (
        <p className={common.muted}>Once you log a few sessions, you will see here how they spread across the pillars.</p>
      ) : null}
      <ul className={styles.balance}>
        {balance.pillars.map((p) => (
          <li key={p.pillar} className={styles.balanceRow}>
            <span className={styles.balanceName}>{pillarById(p.pillar).name}</span>
            <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className={styles.barTrack} x="0" y="2" width="100" height="6" rx="3" />
              {p.sessions > 0 ? <rect className={styles.barFill} x="0" y="2" width={(p.sessions / scale) * 100} height="6" rx="3" /> : null}
              {p.planned > 0 ? <rect className={styles.barPlan} x={Math.min(99, (p.planned / scale) * 100 - 0.6)} y="0" width="1.2" height="10" /> : null}
            </svg>
            <span className={`${styles.balanceText} ${common.small}`}>{rowText(p.sessions, p.planned)}</span>
          </li>
        ))}
      </ul>
      {quiet ? <p className={styles.nudge}>{pillarById(quiet).name} has had a little less room lately. Something small from it could be a nice change this week.</p> : null}
    </div>
  );
}

function rowText(sessions: number, planned: number): string {
  const done = sessions === 0 ? 'No sessions' : sessions === 1 ? 'One session' : `${sessions} sessions`;
  return planned > 0 ? `${done}; the plan suggests about ${planned} (${timesText(planned / 4)} a week)` : done;
}
