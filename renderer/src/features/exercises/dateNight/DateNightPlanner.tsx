/**
 * The date-night tool on the exercise's page: the date nights still to come (log one as done, or let it go)
 * and choosing an idea, at home or going out, for a day. Plans are shared with the partner, sealed in
 * `plan` records through ExerciseLogRepo; a date night done is logged like any other session.
 */
import { dateNightById, type Exercise } from '@shared/content';
import { upcomingDateNights } from '@shared/exercises';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { PlanDateNightForm } from './PlanDateNightForm';
import { UpcomingDateNights } from './UpcomingDateNights';
import styles from './DateNight.module.css';

export function DateNightPlanner(props: ViewProps & { exercise: Exercise }) {
  const { data, exercise } = props;
  const upcoming = upcomingDateNights(data.dateNights.plans, data.dateNights.settled).flatMap((plan) => {
    const idea = dateNightById(plan.ideaId);
    return idea ? [{ ...plan, idea }] : [];
  });
  return (
    <section className={styles.planner} aria-labelledby="date-nights">
      <h3 id="date-nights" className={common.subheading}>
        Your date nights
      </h3>
      <UpcomingDateNights {...props} upcoming={upcoming} />
      <PlanDateNightForm {...props} initialFilter={exercise.id === 'date-night-out' ? 'out' : 'in'} />
    </section>
  );
}
