/** "Back to …": the first control of every view inside the Exercises screen. */
import { Button } from '@renderer/ui/Button';
import { useExercisesNavigation, type ExercisesView } from './exercisesNavigation';
import styles from './BackButton.module.css';

export function BackButton({ to, label }: { to: ExercisesView; label: string }) {
  const { goTo } = useExercisesNavigation();
  return (
    <div className={styles.row}>
      <Button onPress={() => goTo(to)}>
        <span aria-hidden="true">←</span> {label}
      </Button>
    </div>
  );
}
