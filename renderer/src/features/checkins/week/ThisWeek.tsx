/**
 * "This week": both partners' weekly answers side by side. The viewer's own always; the partner's shown
 * only as the reveal rule allows, otherwise "Sealed until you both answer". The viewer may reveal their own
 * early.
 */
import { useState } from 'react';
import { weekKey } from '@shared/checkins';
import { Button } from '@renderer/ui/Button';
import type { CheckinEntry } from '../checkinEntry';
import { partnerTone, weekLabel, type PartnerNames } from '../checkinFormat';
import type { CheckinRepo } from '../checkinRepo';
import { otherPartner, weekViewOf, type PartnerWeek } from '../checkinViews';
import { AnswerCard } from './AnswerCard';
import styles from './ThisWeek.module.css';

interface ThisWeekProps {
  entries: readonly CheckinEntry[];
  names: PartnerNames;
  repo: CheckinRepo;
  onChanged: () => void;
  onAnswer: () => void;
}

export function ThisWeek({ entries, names, repo, onChanged, onAnswer }: ThisWeekProps) {
  const week = weekKey(new Date());
  const view = weekViewOf(entries, names.viewer, week);
  const [revealState, setRevealState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const isMineSealed = view.mine !== null && view.mine.checkin.revealedAt === null && view.partner.state !== 'open';

  const reveal = async () => {
    setRevealState('busy');
    try {
      await repo.reveal(week);
      setRevealState('idle');
      onChanged();
    } catch {
      setRevealState('failed');
    }
  };

  return (
    <div className={styles.week}>
      <h2 className={styles.when}>{weekLabel(week)}</h2>
      <div className={styles.columns}>
        <section className={`${styles.column} ${styles[partnerTone(names.viewer)]}`} aria-labelledby="week-mine">
          <h3 id="week-mine" className={styles.who}>
            You
          </h3>
          {view.mine ? (
            <>
              <AnswerCard entry={view.mine} isOwn />
              {isMineSealed && names.hasPartner ? (
                <div className={styles.reveal}>
                  <p className={styles.muted}>Sealed for {names.partnerName} until they answer too.</p>
                  <Button onPress={() => void reveal()} isDisabled={revealState === 'busy'}>
                    Reveal mine now
                  </Button>
                </div>
              ) : null}
              {view.mine.checkin.revealedAt !== null && view.partner.state !== 'open' ? (
                <p className={styles.muted}>You chose to show {names.partnerName} your answers.</p>
              ) : null}
              <div role="status">{revealState === 'failed' ? <p className={styles.muted}>That did not work. Please try again.</p> : null}</div>
            </>
          ) : (
            <div className={styles.empty}>
              <p>You have not answered this week yet.</p>
              <Button variant="primary" onPress={onAnswer}>
                Answer this week’s check-in
              </Button>
            </div>
          )}
        </section>
        <section className={`${styles.column} ${styles[partnerTone(otherPartner(names.viewer))]}`} aria-labelledby="week-partner">
          <h3 id="week-partner" className={styles.who}>
            {names.partnerName}
          </h3>
          <PartnerColumn partner={view.partner} names={names} />
        </section>
      </div>
    </div>
  );
}

function PartnerColumn({ partner, names }: { partner: PartnerWeek; names: PartnerNames }) {
  if (!names.hasPartner) return <p className={styles.muted}>When your partner joins Hearth, their answers will sit here.</p>;
  switch (partner.state) {
    case 'open':
      return <AnswerCard entry={partner.entry} isOwn={false} />;
    case 'sealed':
      return (
        <div className={styles.sealed}>
          <p className={styles.sealedTitle}>Sealed until you both answer</p>
          <p className={styles.muted}>{names.partnerName} has answered. Once you answer too, you will both see each other’s answers.</p>
        </div>
      );
    case 'notYet':
      return <p className={styles.muted}>{names.partnerName} has not answered this week yet.</p>;
  }
}
