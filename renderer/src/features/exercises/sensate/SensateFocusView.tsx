/**
 * Sensate focus as a staged programme: what it is and its ground rules, the stages (a stage opens only
 * when `stageGate` says so: enough sessions at the stage before and both partners ready), and the chosen
 * stage's page. Trying a closed stage explains, calmly, why it is not open yet.
 */
import { useState } from 'react';
import { highestOpenStage, SENSATE_FOCUS_ABOUT, SENSATE_FOCUS_GROUND_RULES, stageGate } from '@shared/content';
import { SENSATE_FOCUS_EXERCISE_ID, sensateFocusProgress } from '@shared/exercises';
import { BackButton } from '../BackButton';
import common from '../common.module.css';
import { useExercisesNavigation } from '../exercisesNavigation';
import type { ViewProps } from '../ExercisesView';
import { ViewHeading } from '../ViewHeading';
import { readableSessions } from '../useExerciseData';
import { SkipAheadNotice } from './SkipAheadNotice';
import { StageDetail } from './StageDetail';
import { StageList } from './StageList';
import styles from './SensateFocus.module.css';

export function SensateFocusView(props: ViewProps & { chosenStage?: number }) {
  const { data, chosenStage } = props;
  const progress = sensateFocusProgress(readableSessions(data.sessions), data.marks);
  const { goTo } = useExercisesNavigation();
  // Without a stage in the address, the highest stage open on arrival; it stays put while marks change.
  const [highestOnArrival] = useState(() => highestOpenStage(progress));
  const selected = chosenStage && stageGate(chosenStage, progress).isOpen ? chosenStage : highestOnArrival;
  const [blocked, setBlocked] = useState<number | null>(null);

  const choose = (stage: number) => {
    if (stageGate(stage, progress).isOpen) {
      // Each stage has its own address, so Back from a stage's log returns to it.
      if (stage !== selected) goTo({ name: 'sensate-focus', stage });
      setBlocked(null);
    } else {
      setBlocked(stage);
    }
  };

  return (
    <div className={common.stack}>
      <BackButton to={{ name: 'exercise', exerciseId: SENSATE_FOCUS_EXERCISE_ID }} label="Back to the exercise" />
      <ViewHeading eyebrow="Physical closeness" lead={SENSATE_FOCUS_ABOUT}>
        Sensate focus
      </ViewHeading>
      <details className={styles.rules}>
        <summary className={styles.rulesSummary}>The ground rules</summary>
        <ul className={common.list}>
          {SENSATE_FOCUS_GROUND_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>
      <StageList progress={progress} selected={selected} onChoose={choose} />
      {blocked ? <SkipAheadNotice gate={stageGate(blocked, progress)} stage={blocked} onClose={() => setBlocked(null)} /> : null}
      <StageDetail {...props} stage={selected} progress={progress} />
    </div>
  );
}
