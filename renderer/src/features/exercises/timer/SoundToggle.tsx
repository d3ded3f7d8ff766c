/** The soft-sound switch the guided timers share; off by default, remembered until Hearth closes. */
import { Toggle } from '@renderer/ui/Toggle';
import { updateExercises, useExercisesState } from '../exercisesStore';
import { primeChime } from './softChime';

export function SoundToggle({ description }: { description: string }) {
  const { isSoundOn } = useExercisesState();
  return (
    <Toggle
      label="Soft sound"
      description={description}
      isSelected={isSoundOn}
      onChange={(isSelected) => {
        if (isSelected) primeChime();
        updateExercises((state) => ({ ...state, isSoundOn: isSelected }));
      }}
    />
  );
}
