/**
 * The last step of restore: what the backup holds beside what it replaces (counts by kind, when things were
 * written, the partners' names), then the one action that changes anything. From inside the journal, the
 * journal as it is now is backed up first, so a restore can be undone.
 */
import { useCallback, useState } from 'react';
import { useVault, type OpenedBackup, type VaultSummary } from '@renderer/data';
import type { PartnerSecret } from '@renderer/data/crypto/slotCrypto';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { useLoad } from '@renderer/lib/useLoad';
import { Button } from '@renderer/ui/Button';
import { backUpNow } from '../backupNow';
import { countLines, namesText, spanText, whenText } from '../backupWords';
import styles from './Restore.module.css';

function Holdings({ title, summary, intro }: { title: string; summary: VaultSummary | null; intro?: string }) {
  return (
    <section className={styles.panel} aria-label={title}>
      <h3 className={styles.panelTitle}>{title}</h3>
      {intro ? <p className={styles.quiet}>{intro}</p> : null}
      {summary ? (
        <>
          {namesText(summary.names) ? <p>{namesText(summary.names)}</p> : null}
          <p>{spanText(summary.span)}</p>
          <ul className={styles.counts}>
            {countLines(summary.counts).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>There is no journal on this computer yet.</p>
      )}
    </section>
  );
}

export function RestorePreview({ opened, secret, onCancel }: { opened: OpenedBackup; secret: PartnerSecret; onCancel: () => void }) {
  const { status, profiles } = useVault();
  const { service, restoreBackup } = useVaultControls();
  const isUnlocked = status === 'unlocked';
  const loadCurrent = useCallback(
    async (): Promise<VaultSummary | null> =>
      isUnlocked ? { ...(await service.summary()), names: { a: profiles.a?.name, b: profiles.b?.name } } : null,
    [isUnlocked, service, profiles],
  );
  const current = useLoad(loadCurrent);
  const [isRestoring, setIsRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = async () => {
    setIsRestoring(true);
    setProblem(null);
    try {
      if (isUnlocked) await backUpNow(service);
    } catch {
      setIsRestoring(false);
      return setProblem("Hearth couldn't back up your journal as it is now, so it has not restored anything. Check the backup folder in Settings, then try again.");
    }
    try {
      await restoreBackup(opened, secret);
    } catch {
      setIsRestoring(false);
      setProblem("Hearth couldn't restore this backup. Your journal is exactly as it was. Please try again.");
    }
  };

  return (
    <div className={styles.step}>
      <div className={styles.compare}>
        <Holdings title="This backup holds" intro={`Made on ${whenText(opened.backup.createdAt)}.`} summary={opened.summary} />
        {current.state.status === 'ready' ? (
          <Holdings title="It replaces" intro={isUnlocked ? 'Everything in Hearth on this computer now, for both of you.' : undefined} summary={current.state.value} />
        ) : (
          <p className={styles.quiet}>{current.state.status === 'loading' ? 'Looking at your journal now…' : "Hearth couldn't count what is here now."}</p>
        )}
      </div>
      <p>
        {isUnlocked
          ? 'Anything written since this backup was made will be gone from this computer. Before replacing anything, Hearth backs up your journal as it is now, so you can change your mind.'
          : 'Hearth will open with this backup, unlocked for the partner whose passphrase or recovery key you typed.'}
      </p>
      <div role="alert">{problem ? <p className={styles.problem}>{problem}</p> : null}</div>
      <div className={styles.actions}>
        <Button variant="primary" onPress={() => void restore()} isDisabled={isRestoring}>
          {isRestoring ? 'Restoring…' : 'Replace with this backup'}
        </Button>
        <Button variant="link" onPress={onCancel} isDisabled={isRestoring}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
