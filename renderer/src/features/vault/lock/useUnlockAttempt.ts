/**
 * One unlock form's state: what is typed, the problem to show, and whether an attempt is running. A value
 * that cannot be right is refused before any cryptography; after a failed attempt focus returns to the
 * field (with its text selected, when asked) so it can be corrected or typed over.
 */
import { useRef, useState, type FormEvent } from 'react';
import { unlockProblemText } from './unlockMessages';

interface UnlockAttemptOptions {
  kind: 'passphrase' | 'recovery';
  /** A problem found without cryptography (empty, too long, a typo in a recovery key), or null. */
  precheck: (value: string) => string | null;
  attempt: (value: string) => Promise<void>;
  selectOnProblem?: boolean;
}

export function useUnlockAttempt({ kind, precheck, attempt, selectOnProblem = false }: UnlockAttemptOptions) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isUnlocking, setIsUnlocking] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const showProblem = (message: string) => {
    setError(message);
    inputRef.current?.focus();
    if (selectOnProblem) inputRef.current?.select();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isUnlocking) return;
    const problem = precheck(value);
    if (problem) return showProblem(problem);
    setError(null);
    setIsUnlocking(true);
    try {
      await attempt(value);
    } catch (failure) {
      setIsUnlocking(false);
      showProblem(unlockProblemText(failure, kind));
    }
  };

  const change = (next: string) => {
    setValue(next);
    setError(null);
  };

  return { value, change, error, isUnlocking, inputRef, submit };
}
