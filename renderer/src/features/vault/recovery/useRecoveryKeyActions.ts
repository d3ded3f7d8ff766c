/**
 * Save, print and copy for a recovery key shown once. Each says how it went in one calm line; a failure
 * suggests another way rather than an error code.
 */
import { useState } from 'react';
import { mainApi } from '@renderer/platform/bridge';
import { recoveryKeyFileText } from './recoveryKeyText';

export interface RecoveryKeyActions {
  outcome: { tone: 'problem' | 'success'; message: string } | null;
  isSaving: boolean;
  save: () => Promise<void>;
  print: () => void;
  copy: () => Promise<void>;
}

export function useRecoveryKeyActions(recoveryKey: string, ownerName: string | undefined): RecoveryKeyActions {
  const [outcome, setOutcome] = useState<RecoveryKeyActions['outcome']>(null);
  const [isSaving, setIsSaving] = useState(false);

  const save = async () => {
    if (isSaving) return;
    setIsSaving(true);
    setOutcome(null);
    try {
      const text = recoveryKeyFileText(recoveryKey, ownerName, new Date());
      const result = await mainApi.files.saveText({ suggestedName: 'hearth-recovery-key.txt', text });
      if (result === 'saved') setOutcome({ tone: 'success', message: 'Saved. Keep that file somewhere safe, ideally away from this computer.' });
    } catch (error) {
      console.warn('Saving the recovery key failed', error instanceof Error ? error.name : 'unknown');
      setOutcome({ tone: 'problem', message: "Hearth couldn't save the file. You can try again, or print or copy the key instead." });
    } finally {
      setIsSaving(false);
    }
  };

  const print = () => {
    setOutcome(null);
    window.print();
  };

  const copy = async () => {
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setOutcome({ tone: 'success', message: 'Copied. Paste it somewhere safe, then copy something else so it does not linger.' });
    } catch {
      setOutcome({ tone: 'problem', message: "Copying didn't work here. You can save the key as a file or print it instead." });
    }
  };

  return { outcome, isSaving, save, print, copy };
}
