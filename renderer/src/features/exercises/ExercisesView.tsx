/** Picks what the Exercises screen shows for the current route; every view gets the data it needs, plainly. */
import { exerciseById } from '@shared/content';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import type { ExerciseLogRepo } from './exerciseLogRepo';
import type { People } from './exercisePeople';
import { useExercisesNavigation, type ExercisesView as View } from './exercisesNavigation';
import { useExercisesState } from './exercisesStore';
import { DateNightPlanner } from './dateNight/DateNightPlanner';
import { DeviceFreeView } from './deviceFree/DeviceFreeView';
import { HomeView } from './HomeView';
import { ExerciseDetail, MissingExercise } from './library/ExerciseDetail';
import { LogSessionView } from './log/LogSessionView';
import { SensateFocusView } from './sensate/SensateFocusView';
import { TalkView } from './talk/TalkView';
import type { ExerciseData } from './useExerciseData';

export interface ViewProps {
  data: ExerciseData;
  repo: ExerciseLogRepo;
  people: People;
  /** Reload the stored data after a save. */
  onChanged: () => void;
}

export function ExercisesView(props: ViewProps) {
  const { view, location } = useExercisesNavigation();
  const { notice } = useExercisesState();
  return (
    <>
      {notice?.path === location ? <InlineNotice>{notice.text}</InlineNotice> : null}
      <ViewFor view={view} {...props} />
    </>
  );
}

function ViewFor({ view, ...props }: ViewProps & { view: View }) {
  switch (view.name) {
    case 'home':
      return <HomeView tab={view.tab} {...props} />;
    case 'exercise': {
      const exercise = exerciseById(view.exerciseId);
      if (!exercise) return <MissingExercise />;
      return <ExerciseDetail exercise={exercise} tool={exercise.tool === 'date-night' ? <DateNightPlanner {...props} exercise={exercise} /> : null} />;
    }
    case 'talk':
      return <TalkView {...props} />;
    case 'device-free':
      return <DeviceFreeView {...props} />;
    case 'sensate-focus':
      return <SensateFocusView {...props} chosenStage={view.stage} />;
    case 'log':
      return <LogSessionView {...props} view={view} />;
  }
}
