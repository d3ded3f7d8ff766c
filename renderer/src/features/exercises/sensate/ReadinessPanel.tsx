/**
 * "Ready for the next stage?": each partner marks only themselves; the other is shown as ready or waiting,
 * without pressure. Marking opens after the sessions the programme asks for. A mark can be taken back
 * until the next stage has opened; after that the couple can always come back to any earlier stage.
 */
import { useState } from 'react';
import { SENSATE_FOCUS_STAGES, SESSIONS_BEFORE_NEXT_STAGE, stageGate } from '@shared/content';
import type { StageProgress } from '@shared/exercises';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Toggle } from '@renderer/ui/Toggle';
import common from '../common.module.css';
import { accentClass, hasPartner, nameOf, otherSlot } from '../exercisePeople';
import type { ViewProps } from '../ExercisesView';
import styles from './SensateFocus.module.css';

export function ReadinessPanel({ stage, progress, repo, people, onChanged }: ViewProps & { stage: number; progress: readonly StageProgress[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  const here = progress[stage - 1];
  if (!here) return null;
  const next = SENSATE_FOCUS_STAGES[stage];
  const partner = otherSlot(people.viewer);
  const isNextOpen = stageGate(stage + 1, progress).isOpen;
  const sessionsNeeded = Math.max(0, SESSIONS_BEFORE_NEXT_STAGE - here.sessions);

  const mark = async (isReady: boolean) => {
    try {
      await repo.markReady(stage, isReady);
      setProblem(null);
      onChanged();
    } catch {
      setProblem('Your answer could not be saved just now. Try again in a moment.');
    }
  };

  return (
    <div className={styles.readiness}>
      <h4 className={styles.partTitle}>Moving on to stage {stage + 1}</h4>
      {isNextOpen ? (
        <p>You have both said you are ready. Stage {stage + 1}{next ? `, ${next.title.toLowerCase()},` : ''} is open whenever you want it.</p>
      ) : sessionsNeeded > 0 ? (
        <p className={common.muted}>
          After {SESSIONS_BEFORE_NEXT_STAGE} sessions together at this stage, you can each say whether you feel ready to go on. There is no hurry.
        </p>
      ) : (
        <Toggle
          label="I'm ready for the next stage"
          description="Only you can set this for yourself. You can change your mind until the next stage opens."
          isSelected={here.ready[people.viewer]}
          onChange={(isReady) => void mark(isReady)}
        />
      )}
      <ul className={styles.marks} aria-label="Who is ready">
        <li className={accentClass(people.viewer)}>
          <span className={styles.markDot} aria-hidden="true" /> {nameOf(people, people.viewer)} (you): {here.ready[people.viewer] ? 'ready' : 'waiting'}
        </li>
        <li className={accentClass(partner)}>
          <span className={styles.markDot} aria-hidden="true" />{' '}
          {hasPartner(people) ? `${nameOf(people, partner)}: ${here.ready[partner] ? 'ready' : 'waiting'}` : 'Your partner has not joined Hearth yet'}
        </li>
      </ul>
      <p className={`${common.small} ${common.muted}`}>The next stage opens when you have both said you are ready, at the pace of the slower partner.</p>
      {problem ? <InlineNotice>{problem}</InlineNotice> : null}
    </div>
  );
}
