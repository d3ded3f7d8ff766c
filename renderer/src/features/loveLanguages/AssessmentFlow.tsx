/**
 * The assessment, one pair at a time: a radio group of two moments, then Next. Nothing moves on by itself
 * (arrow keys change the choice without leaving the question). Each new question's heading takes focus,
 * so it is announced. Every answer is handed up to be kept as a draft.
 */
import { useEffect, useRef } from 'react';
import { ASSESSMENT_INTRO, ASSESSMENT_PAIRS, isAssessmentComplete, type AssessmentChoice } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import { Choice, ChoiceGroup } from '@renderer/ui/ChoiceGroup';
import { answeredCount, progressText, type AssessmentProgress } from './assessmentDraft';
import styles from './AssessmentFlow.module.css';

interface AssessmentFlowProps {
  progress: AssessmentProgress;
  onChange: (next: AssessmentProgress) => void;
  onFinish: () => void;
  onPause: () => void;
}

const TOTAL = ASSESSMENT_PAIRS.length;

export function AssessmentFlow({ progress, onChange, onFinish, onPause }: AssessmentFlowProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pair = ASSESSMENT_PAIRS[progress.index] ?? ASSESSMENT_PAIRS[0]!;
  const choice = progress.answers[pair.id];
  const isLast = progress.index === TOTAL - 1;

  useEffect(() => headingRef.current?.focus(), [progress.index]);

  const choose = (value: string) => {
    if (value === 'a' || value === 'b') onChange({ ...progress, answers: { ...progress.answers, [pair.id]: value as AssessmentChoice } });
  };

  const goOn = () => {
    if (!isLast) return onChange({ ...progress, index: progress.index + 1 });
    if (isAssessmentComplete(progress.answers)) return onFinish();
    const gap = ASSESSMENT_PAIRS.findIndex((p) => progress.answers[p.id] === undefined);
    onChange({ ...progress, index: Math.max(gap, 0) });
  };

  return (
    <div className={styles.flow}>
      <div className={styles.progress}>
        <h3 ref={headingRef} className={styles.heading} tabIndex={-1}>
          Question {progress.index + 1} of {TOTAL}
        </h3>
        <progress className={styles.bar} max={TOTAL} value={answeredCount(progress.answers)} aria-label="Questions answered" />
        <p className={styles.count}>{progressText(progress.answers)}</p>
      </div>
      <ChoiceGroup key={pair.id} className={styles.group} labelClassName={styles.question} label={ASSESSMENT_INTRO.question} value={choice ?? null} onChange={choose} orientation="vertical">
        <div className={styles.options}>
          {(['a', 'b'] as const).map((side) => (
            <Choice key={side} value={side} className={styles.option ?? ''}>
              {pair[side].text}
            </Choice>
          ))}
        </div>
      </ChoiceGroup>
      <div className={styles.actions}>
        <Button onPress={() => onChange({ ...progress, index: progress.index - 1 })} isDisabled={progress.index === 0}>
          Back
        </Button>
        <Button variant="primary" onPress={goOn} isDisabled={!choice}>
          {isLast ? 'See my result' : 'Next'}
        </Button>
        <Button onPress={onPause}>Stop for now</Button>
      </div>
      <p className={styles.note}>Your answers so far are kept, just for you, so you can carry on another time.</p>
    </div>
  );
}
