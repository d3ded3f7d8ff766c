/**
 * The "Change passphrase" setting: a button that opens the form, and a calm line once it is done. When the
 * form closes, focus returns to the button.
 */
import { useState } from 'react';
import { Button } from '@renderer/ui/Button';
import { FormMessage } from '../layout/FormMessage';
import { ChangePassphraseForm } from './ChangePassphraseForm';

export function ChangePassphraseSetting() {
  const [isOpen, setIsOpen] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const [hasBeenOpen, setHasBeenOpen] = useState(false);
  if (isOpen) {
    return (
      <ChangePassphraseForm
        onDone={() => {
          setIsOpen(false);
          setIsDone(true);
        }}
        onCancel={() => setIsOpen(false)}
      />
    );
  }
  return (
    <>
      <FormMessage
        tone="success"
        message={isDone ? 'Your passphrase is changed. Use the new one next time you unlock; your recovery key still works.' : null}
      />
      <div>
        <Button
          onPress={() => {
            setIsDone(false);
            setIsOpen(true);
            setHasBeenOpen(true);
          }}
          autoFocus={hasBeenOpen}
        >
          Change passphrase…
        </Button>
      </div>
    </>
  );
}
