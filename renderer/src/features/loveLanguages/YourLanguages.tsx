/**
 * The partner who is here and their own result: an invitation to begin (or carry on), the assessment
 * itself, or their result with a way to take it again. Focus follows what replaces what: the question
 * heading while answering, the result's heading after finishing, the Begin button after stopping.
 */
import { useEffect, useRef, useState } from 'react';
import { ASSESSMENT_INTRO } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { AssessmentFlow } from './AssessmentFlow';
import { answeredCount, FRESH_PROGRESS, progressText, type AssessmentProgress } from './assessmentDraft';
import type { AssessmentResult } from './assessmentResult';
import { ResultCard } from './ResultCard';
import styles from './YourLanguages.module.css';

interface YourLanguagesProps {
  result: AssessmentResult | undefined;
  myName: string;
  partnerName: string | undefined;
  progress: AssessmentProgress | null;
  onProgress: (next: AssessmentProgress) => void;
  onFinish: (progress: AssessmentProgress) => Promise<boolean>;
}

type Mode = 'idle' | 'taking' | 'finished';

export function YourLanguages({ result, myName, partnerName, progress, onProgress, onFinish }: YourLanguagesProps) {
  const [mode, setMode] = useState<Mode>('idle');
  const [hasFailed, setFailed] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const beginRef = useRef<HTMLDivElement>(null);
  const wasTaking = useRef(false);

  useEffect(() => {
    if (mode === 'finished') resultRef.current?.focus();
    if (mode === 'idle' && wasTaking.current) beginRef.current?.querySelector('button')?.focus();
    wasTaking.current = mode === 'taking';
  }, [mode]);

  const finish = async () => {
    if (!progress) return;
    const isSaved = await onFinish(progress);
    setFailed(!isSaved);
    if (isSaved) setMode('finished');
  };

  if (mode === 'taking') {
    return (
      <div className={styles.part}>
        {hasFailed ? <InlineNotice>Your result could not be saved just now. Your answers are safe; please try once more.</InlineNotice> : null}
        <AssessmentFlow progress={progress ?? FRESH_PROGRESS} onChange={onProgress} onFinish={() => void finish()} onPause={() => setMode('idle')} />
      </div>
    );
  }

  const begin = () => {
    if (!progress) onProgress(FRESH_PROGRESS);
    setMode('taking');
  };
  const startAfresh = () => {
    onProgress(FRESH_PROGRESS);
    setMode('taking');
  };

  return (
    <div className={styles.part}>
      {result ? (
        <ResultCard result={result} name={myName} isYou headingRef={resultRef} />
      ) : (
        <div className={styles.intro}>
          <h3 className={styles.introTitle}>{ASSESSMENT_INTRO.title}</h3>
          <p>{ASSESSMENT_INTRO.body}</p>
        </div>
      )}
      <div ref={beginRef} className={styles.actions}>
        {progress && answeredCount(progress.answers) > 0 ? (
          <>
            <Button variant="primary" onPress={begin}>
              Carry on ({progressText(progress.answers)})
            </Button>
            <Button onPress={startAfresh}>Start from the beginning</Button>
          </>
        ) : (
          <Button variant={result ? 'quiet' : 'primary'} onPress={begin}>
            {result ? 'Take it again' : 'Begin'}
          </Button>
        )}
      </div>
      <p className={styles.note}>
        Thirty short questions, a few minutes in all. Your result is kept in the space you share, so{' '}
        {partnerName ?? 'your partner'} can see it too. The answers themselves are not kept once you finish.
      </p>
    </div>
  );
}
