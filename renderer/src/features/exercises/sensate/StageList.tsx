/**
 * The stages in a row: each says whether it is open, and which one is being looked at. A closed stage can
 * still be pressed: it answers with the reason instead of opening (SkipAheadNotice).
 */
import { SENSATE_FOCUS_STAGES, stageGate } from '@shared/content';
import type { StageProgress } from '@shared/exercises';
import { PlainButton } from '@renderer/ui/Button';
import styles from './SensateFocus.module.css';

interface StageListProps {
  progress: readonly StageProgress[];
  selected: number;
  onChoose: (stage: number) => void;
}

export function StageList({ progress, selected, onChoose }: StageListProps) {
  return (
    <nav aria-label="Stages">
      <ol className={styles.stages}>
        {SENSATE_FOCUS_STAGES.map((stage) => {
          const isOpen = stageGate(stage.number, progress).isOpen;
          const isSelected = stage.number === selected;
          return (
            <li key={stage.number}>
              <PlainButton
                className={`${styles.stage} ${isOpen ? styles.open : styles.closed}`}
                aria-current={isSelected ? 'step' : undefined}
                onPress={() => onChoose(stage.number)}
              >
                <span className={styles.stageNumber}>Stage {stage.number}</span>
                <span className={styles.stageTitle}>{stage.title}</span>
                <span className={styles.stageState}>{isOpen ? (isSelected ? 'Open · shown below' : 'Open') : 'Not open yet'}</span>
              </PlainButton>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
