/** The "Log a session" view: the exercise's name, the form, and back to where it was opened from. */
import { exerciseById, SENSATE_FOCUS_STAGES } from '@shared/content';
import { SENSATE_FOCUS_EXERCISE_ID } from '@shared/exercises';
import { BackButton } from '../BackButton';
import common from '../common.module.css';
import type { ViewProps } from '../ExercisesView';
import { returnOf, useExercisesNavigation, type ExercisesView, type LogView } from '../exercisesNavigation';
import { MissingExercise } from '../library/ExerciseDetail';
import { ViewHeading } from '../ViewHeading';
import { LogSessionForm } from './LogSessionForm';

interface LogSessionViewProps extends ViewProps {
  /** The exercise, the sensate focus stage if any, and a planned date night this session fulfils if any. */
  view: LogView;
}

export function LogSessionView({ view, repo, people, onChanged }: LogSessionViewProps) {
  const { exerciseId, stage, dateNightPlanId } = view;
  const { goTo } = useExercisesNavigation();
  const returnTo = returnOf(view);
  const exercise = exerciseById(exerciseId);
  if (!exercise) return <MissingExercise />;
  const isSensateFocus = exercise.id === SENSATE_FOCUS_EXERCISE_ID;
  const afterSave = async (sessionId: string) => {
    let notice = 'Saved to your log.';
    if (dateNightPlanId) {
      try {
        await repo.settleDateNight(dateNightPlanId, 'done', sessionId);
        notice = 'Saved to your log, and the date night is marked as done.';
      } catch {
        notice = 'Saved to your log. The plan could not be marked as done just now; you can do that from the date night page.';
      }
    }
    onChanged();
    goTo(returnTo, { notice, replace: true });
  };
  const stageTitle = stage ? SENSATE_FOCUS_STAGES[stage - 1]?.title : undefined;
  return (
    <div className={common.stack}>
      <BackButton to={returnTo} label={backLabel(returnTo)} />
      <ViewHeading eyebrow={exercise.title} lead={stageTitle ? `Stage ${stage}: ${stageTitle}` : undefined}>
        Log a session
      </ViewHeading>
      <LogSessionForm
        exercise={exercise}
        people={people}
        repo={repo}
        stage={isSensateFocus ? stage : undefined}
        fixedParticipants={isSensateFocus ? 'both' : undefined}
        isPrivateByDefault={isSensateFocus}
        onSaved={(sessionId) => void afterSave(sessionId)}
      />
    </div>
  );
}

function backLabel(to: ExercisesView): string {
  if (to.name === 'sensate-focus') return 'Back to sensate focus';
  if (to.name === 'exercise') return 'Back to the exercise';
  return 'Back';
}
