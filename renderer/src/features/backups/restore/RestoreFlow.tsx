/**
 * Restore, one step at a time: choose a backup, check it completely, type that backup's passphrase or
 * recovery key, see what it holds and what it replaces, confirm. Nothing is written before the confirmation;
 * every problem before it is told in place and leaves the journal as it was.
 */
import { useState } from 'react';
import { BackupFileError } from '@shared/backup/backupFile';
import type { BackupEntry, PickedBackup } from '@shared/ipc/contract';
import type { OpenedBackup, ReadBackup } from '@renderer/data';
import { readBackup } from '@renderer/data/backup/backupCodec';
import type { PartnerSecret } from '@renderer/data/crypto/slotCrypto';
import { backupProblemText } from '../backupWords';
import { BackupSecretForm } from './BackupSecretForm';
import { ChooseBackup } from './ChooseBackup';
import { RestorePreview } from './RestorePreview';

type Step =
  | { step: 'choose'; problem: string | null }
  | { step: 'secret'; backup: ReadBackup; name: string }
  | { step: 'preview'; opened: OpenedBackup; secret: PartnerSecret };

export function RestoreFlow({ backups, onCancel }: { backups: readonly BackupEntry[]; onCancel: () => void }) {
  const [step, setStep] = useState<Step>({ step: 'choose', problem: null });

  const check = async (picked: PickedBackup) => {
    try {
      setStep({ step: 'secret', backup: await readBackup(picked.text), name: picked.name });
    } catch (error) {
      const problem = error instanceof BackupFileError ? backupProblemText(error.problem) : backupProblemText('damaged');
      setStep({ step: 'choose', problem });
    }
  };

  switch (step.step) {
    case 'choose':
      return <ChooseBackup backups={backups} problem={step.problem} onPicked={check} onCancel={onCancel} />;
    case 'secret':
      return (
        <BackupSecretForm
          backup={step.backup}
          name={step.name}
          onOpened={(opened, secret) => setStep({ step: 'preview', opened, secret })}
          onBack={() => setStep({ step: 'choose', problem: null })}
        />
      );
    case 'preview':
      return <RestorePreview opened={step.opened} secret={step.secret} onCancel={onCancel} />;
  }
}
