/**
 * Settings › Backups: the last backup's time and place, "Back up now", where backups go (Hearth's own
 * folder, or one the person picks, such as a synced folder), how many to keep, and restore.
 */
import { useState } from 'react';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { mainApi } from '@renderer/platform/bridge';
import { Button } from '@renderer/ui/Button';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { NumberField } from '@renderer/ui/NumberField';
import { Section } from '@renderer/ui/Section';
import type { BackupStatus } from '@shared/ipc/contract';
import { backUpNow } from './backupNow';
import { OpenExportBlock } from './OpenExportBlock';
import { sizeText, whenText } from './backupWords';
import { RestoreDialog } from './restore/RestoreDialog';
import { useBackupStatus } from './useBackupStatus';
import styles from './BackupsSection.module.css';

type Outcome = { tone: 'done' | 'problem'; text: string } | null;

function LastBackup({ status }: { status: BackupStatus }) {
  const newest = status.backups[0];
  if (!newest) return <p className={styles.lead}>No backup yet. The first one takes a moment.</p>;
  return (
    <p className={styles.lead}>
      Last backup: {whenText(newest.createdAt)} ({sizeText(newest.sizeBytes)}).{' '}
      {status.backups.length === 1 ? 'It is the only one so far.' : `${status.backups.length} backups are kept.`}
    </p>
  );
}

function FolderChoice({ status, onChange }: { status: BackupStatus; onChange: (next: BackupStatus) => void }) {
  const choose = async () => {
    const next = await mainApi.backups.chooseFolder();
    if (next) onChange(next);
  };
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>Where backups go</h3>
      <p className={styles.folder}>{status.folder}</p>
      <p className={styles.note}>
        {status.isDefaultFolder ? "This is Hearth's own folder on this computer. " : 'You chose this folder. '}A folder that Dropbox,
        iCloud Drive, OneDrive or Syncthing keeps in step is a good choice too: backups are sealed, and open only with your
        passphrase or recovery key.
      </p>
      <div className={styles.actions}>
        <Button onPress={() => void choose()}>Choose a folder…</Button>
        {status.isDefaultFolder ? null : (
          <Button onPress={() => void mainApi.backups.updatePolicy({ useDefaultFolder: true }).then(onChange)}>Use Hearth&apos;s own folder</Button>
        )}
      </div>
    </div>
  );
}

function ReadyBackups({ status, onChange }: { status: BackupStatus; onChange: (next: BackupStatus) => void }) {
  const { service } = useVaultControls();
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const backUp = async () => {
    setIsBusy(true);
    setOutcome(null);
    try {
      const entry = await backUpNow(service);
      onChange(await mainApi.backups.status());
      setOutcome({ tone: 'done', text: `Backed up at ${whenText(entry.createdAt)}.` });
    } catch {
      setOutcome({ tone: 'problem', text: "Hearth couldn't write the backup just now. Your journal and earlier backups are untouched. Check the folder, then try again." });
    } finally {
      setIsBusy(false);
    }
  };

  const keep = (value: number) => {
    if (Number.isInteger(value) && value >= 1 && value <= 365) void mainApi.backups.updatePolicy({ keep: value }).then(onChange);
  };

  return (
    <div className={styles.blocks}>
      <div className={styles.block}>
        <LastBackup status={status} />
        <div className={styles.actions}>
          <Button variant="primary" onPress={() => void backUp()} isDisabled={isBusy}>
            {isBusy ? 'Backing up…' : 'Back up now'}
          </Button>
        </div>
        <div role="status">{outcome ? <p className={outcome.tone === 'problem' ? styles.problem : styles.note}>{outcome.text}</p> : null}</div>
        <p className={styles.note}>
          Hearth also backs up by itself once a day while it is open and unlocked. While it is locked nothing can change, so the
          next backup simply waits until one of you unlocks.
        </p>
      </div>
      <FolderChoice status={status} onChange={onChange} />
      <NumberField
        label="Backups to keep"
        description="The oldest beyond this number are removed after the next backup."
        value={status.keep}
        onChange={keep}
        minValue={1}
        maxValue={365}
      />
      <OpenExportBlock />
      <div className={styles.block}>
        <h3 className={styles.blockTitle}>Restore</h3>
        <p className={styles.note}>
          Put Hearth back as it was in a backup, on this computer or a new one. You will see what the backup holds before anything
          changes.
        </p>
        <div className={styles.actions}>
          <RestoreDialog backups={status.backups} />
        </div>
      </div>
    </div>
  );
}

export function BackupsSection() {
  const { state, retry, show } = useBackupStatus();
  return (
    <Section title="Backups" note="Sealed copies of your journal, made on this computer, that you can restore here or on a new one.">
      {state.status === 'loading' ? <p className={styles.note}>Looking for backups…</p> : null}
      {state.status === 'failed' ? (
        <InlineNotice action={<Button onPress={retry}>Try again</Button>}>Hearth couldn&apos;t look in the backup folder just now.</InlineNotice>
      ) : null}
      {state.status === 'ready' ? <ReadyBackups status={state.value} onChange={show} /> : null}
    </Section>
  );
}
