/** A passphrase field: a TextField that hides what is typed and says, quietly, when Caps Lock is on. */
import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { TextField } from '@renderer/ui/TextField';
import styles from './PassphraseField.module.css';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  description?: ReactNode;
  /** 'new-password' when choosing one, 'current-password' when proving who you are. */
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
  isDisabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function PassphraseField({ description, ...props }: PassphraseFieldProps) {
  const [isCapsLockOn, setIsCapsLockOn] = useState(false);
  const noticeCapsLock = (event: KeyboardEvent<HTMLInputElement>) => {
    if (typeof event.getModifierState === 'function') setIsCapsLockOn(event.getModifierState('CapsLock'));
  };
  return (
    <div className={styles.wrapper}>
      <TextField {...props} type="password" description={description} onKeyEvent={noticeCapsLock} />
      <p className={styles.capsLock} aria-live="polite">
        {isCapsLockOn ? 'Caps Lock is on.' : ''}
      </p>
    </div>
  );
}
