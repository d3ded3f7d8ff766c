/**
 * Advice on a passphrase as it is typed. Starts loading the estimator when the form opens, and works on a
 * deferred copy of the value so typing never waits for it.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { adviceFor, type StrengthAdvice } from './strengthAdvice';
import { loadStrengthEstimator, type EstimateStrength } from './strengthEstimator';

export function usePassphraseStrength(passphrase: string, userInputs: readonly string[]): StrengthAdvice | null {
  const [estimate, setEstimate] = useState<EstimateStrength | null>(null);
  const deferred = useDeferredValue(passphrase);
  const inputsKey = userInputs.join('\u0000');

  useEffect(() => {
    let isCurrent = true;
    loadStrengthEstimator().then(
      (loaded) => {
        if (isCurrent) setEstimate(() => loaded);
      },
      (error: unknown) => console.warn('The passphrase strength estimator did not load', error),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  return useMemo(() => {
    if (!estimate || deferred.length === 0) return null;
    const result = estimate(deferred, inputsKey ? inputsKey.split('\u0000') : []);
    return adviceFor(result.score, result.warning);
  }, [estimate, deferred, inputsKey]);
}
