/**
 * One exercise's page: what it is, why it helps, the steps, how long and how often, what to take care of,
 * and what to do now: start its guided tool, open the place in Hearth where it is done, or log a session.
 */
import type { ReactNode } from 'react';
import { howOftenLabel, pillarById, type Exercise } from '@shared/content';
import { ActionLink, Button } from '@renderer/ui/Button';
import { BackButton } from '../BackButton';
import common from '../common.module.css';
import { LIBRARY, useExercisesNavigation } from '../exercisesNavigation';
import { ViewHeading } from '../ViewHeading';
import { ToolIdeas } from './ToolIdeas';
import styles from './ExerciseDetail.module.css';

/** `tool`: the exercise's own planner, shown in place of its plain list of ideas (date nights). */
export function ExerciseDetail({ exercise, tool }: { exercise: Exercise; tool?: ReactNode }) {
  const { goTo } = useExercisesNavigation();
  return (
    <article className={common.stack}>
      <BackButton to={LIBRARY} label="Back to the library" />
      <ViewHeading eyebrow={pillarById(exercise.pillar).name} lead={exercise.summary}>
        {exercise.title}
      </ViewHeading>
      <div className={common.actions}>
        <StartAction exercise={exercise} />
        <Button variant={isGuided(exercise) ? 'quiet' : 'primary'} onPress={() => goTo({ name: 'log', exerciseId: exercise.id })}>
          Log a session
        </Button>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Time</dt>
          <dd>About {exercise.minutes} {exercise.minutes === 1 ? 'minute' : 'minutes'}</dd>
        </div>
        <div>
          <dt>How often</dt>
          <dd>
            {howOftenLabel(exercise.howOften)}
            {exercise.howOftenNote ? <span className={styles.note}>{exercise.howOftenNote}</span> : null}
          </dd>
        </div>
      </dl>
      <section className={styles.part} aria-labelledby="why-it-helps">
        <h3 id="why-it-helps" className={common.subheading}>
          Why it helps
        </h3>
        <p>{exercise.whyItHelps}</p>
      </section>
      <section className={styles.part} aria-labelledby="how-to">
        <h3 id="how-to" className={common.subheading}>
          How to do it
        </h3>
        <ol className={common.list}>
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section className={`${styles.part} ${styles.care}`} aria-labelledby="take-care">
        <h3 id="take-care" className={common.subheading}>
          Take care
        </h3>
        <ul className={common.list}>
          {exercise.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      </section>
      {tool ?? <ToolIdeas exercise={exercise} />}
    </article>
  );
}

/** Shown for a view that names an exercise this version of Hearth does not have. */
export function MissingExercise() {
  return (
    <div className={common.stack}>
      <BackButton to={LIBRARY} label="Back to the library" />
      <ViewHeading>This exercise is not in this version of Hearth</ViewHeading>
    </div>
  );
}

function isGuided(exercise: Exercise): boolean {
  return exercise.tool === 'talk-timer' || exercise.tool === 'device-free-timer' || exercise.tool === 'sensate-focus';
}

function StartAction({ exercise }: { exercise: Exercise }) {
  const { goTo } = useExercisesNavigation();
  switch (exercise.tool) {
    case 'talk-timer':
      return <Button variant="primary" onPress={() => goTo({ name: 'talk' })}>Start the talk timer</Button>;
    case 'device-free-timer':
      return <Button variant="primary" onPress={() => goTo({ name: 'device-free' })}>Start the device-free timer</Button>;
    case 'sensate-focus':
      return <Button variant="primary" onPress={() => goTo({ name: 'sensate-focus' })}>Open the stages</Button>;
    case 'appreciation':
      return <ActionLink to="/journal" variant="quiet">Write in the journal</ActionLink>;
    case 'checkin':
      return <ActionLink to="/checkins" variant="quiet">Go to check-ins</ActionLink>;
    case 'date-night':
    case 'gestures':
    case undefined:
      return null;
  }
}
