/**
 * After the talk: a few questions to talk over (optional, and only if you both feel like it), then the
 * session saved to the log with the time really spent, or let go without saving.
 */
import { exerciseById } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { useExercisesNavigation } from '../exercisesNavigation';
import { updateExercises, type ActiveTalk } from '../exercisesStore';
import { LogSessionForm } from '../log/LogSessionForm';
import { measuredOf } from '../timer/measured';
import styles from './Talk.module.css';

const DEBRIEF_PROMPTS: readonly string[] = [
  'What is one thing you heard that you would like to remember?',
  'Was there a moment when you felt really listened to?',
  'Is there something you would like to come back to on another day?',
  'Before you go on with your evening, thank each other for the time.',
];

export function TalkDebrief({ talk, repo, people, onChanged }: ViewProps & { talk: ActiveTalk }) {
  const exercise = exerciseById('twenty-minute-talk');
  const { goTo } = useExercisesNavigation();
  const close = (notice: string | null) => {
    updateExercises((state) => ({ ...state, talk: null }));
    goTo({ name: 'home', tab: notice ? 'log' : 'library' }, { notice: notice ?? undefined, replace: true });
  };
  if (!exercise) return null;

  return (
    <div className={common.stack}>
      <section className={`${common.card} ${styles.debrief}`} aria-labelledby="debrief-title">
        <h3 id="debrief-title" className={common.subheading}>
          Time is up. Thank you both.
        </h3>
        <p className={common.muted}>If you feel like it, talk over one or two of these. It is fine to simply sit together for a moment.</p>
        <ul className={common.list}>
          {DEBRIEF_PROMPTS.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </section>
      <LogSessionForm
        exercise={exercise}
        people={people}
        repo={repo}
        measured={measuredOf(talk.timer)}
        fixedParticipants="both"
        submitLabel="Save to log"
        onSaved={() => {
          onChanged();
          close('Saved to your log. Well done, both of you.');
        }}
      />
      <div className={common.actions}>
        <Button onPress={() => close(null)}>Leave without saving</Button>
      </div>
    </div>
  );
}
