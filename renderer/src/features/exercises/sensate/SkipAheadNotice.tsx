/** Why a stage is not open yet: the programme's calm explanation and the plain reasons, never naming who. */
import { useEffect, useRef } from 'react';
import { SKIP_AHEAD_EXPLANATION, skipAheadReasons, type StageGate } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import common from '../common.module.css';
import styles from './SensateFocus.module.css';

/** Takes focus when it appears (a notice that arrives with its words is not reliably announced otherwise). */
export function SkipAheadNotice({ gate, stage, onClose }: { gate: StageGate; stage: number; onClose: () => void }) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => titleRef.current?.focus(), [stage]);
  return (
    <div className={styles.skipAhead}>
      <p ref={titleRef} tabIndex={-1} className={styles.skipTitle}>
        Stage {stage} is not open yet. {SKIP_AHEAD_EXPLANATION.title}
      </p>
      <p>{SKIP_AHEAD_EXPLANATION.body}</p>
      <ul className={common.list}>
        {skipAheadReasons(gate).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className={common.actions}>
        <Button onPress={onClose}>Understood</Button>
      </div>
    </div>
  );
}
