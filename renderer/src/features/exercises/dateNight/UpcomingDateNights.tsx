/** The date nights planned and not yet done: soonest first, each can be logged as done or let go. */
import { useState } from 'react';
import type { DateNightIdea } from '@shared/content';
import { dayKey, isPastDay, type PlannedDateNight } from '@shared/exercises';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { useExercisesNavigation } from '../exercisesNavigation';
import styles from './DateNight.module.css';

const FULL_DAY = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

type Upcoming = PlannedDateNight & { idea: DateNightIdea };

export function UpcomingDateNights({ upcoming, repo, onChanged }: ViewProps & { upcoming: readonly Upcoming[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [today] = useState(() => dayKey(Date.now()));
  const { goTo } = useExercisesNavigation();

  const logDone = (plan: Upcoming) => {
    const exerciseId = plan.idea.setting === 'out' ? 'date-night-out' : 'date-night-in';
    goTo({ name: 'log', exerciseId, dateNightPlanId: plan.id });
  };
  const letGo = async (plan: Upcoming) => {
    try {
      await repo.settleDateNight(plan.id, 'let-go');
      setProblem(null);
      onChanged();
    } catch {
      setProblem('That could not be saved just now. Try again in a moment.');
    }
  };

  return (
    <div className={styles.part}>
      <h4 className={styles.partTitle}>Coming up</h4>
      {upcoming.length === 0 ? (
        <p className={common.muted}>Nothing planned yet. Choose an idea below and give it a day.</p>
      ) : (
        <ul className={styles.upcoming} aria-label="Planned date nights">
          {upcoming.map((plan) => (
            <li key={plan.id} className={styles.plan}>
              <div className={styles.planText}>
                <span className={styles.planDay}>{dayLabel(plan.day, today)}</span>
                <span className={styles.ideaTitle}>{plan.idea.title}</span>
                <span className={`${common.small} ${common.muted}`}>{plan.idea.setting === 'out' ? 'Going out' : 'At home'}</span>
              </div>
              <div className={common.actions}>
                <Button variant="primary" aria-label={`Log ${plan.idea.title} as done`} onPress={() => logDone(plan)}>
                  Log as done
                </Button>
                <Button aria-label={`Let ${plan.idea.title} go`} onPress={() => void letGo(plan)}>
                  Not this time
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {problem ? <InlineNotice>{problem}</InlineNotice> : null}
    </div>
  );
}

function dayLabel(day: string, today: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const shown = FULL_DAY.format(new Date(year, month - 1, date));
  if (day === today) return `Today, ${shown}`;
  return isPastDay(day, today) ? `${shown} (already past; log it if you had it)` : shown;
}
