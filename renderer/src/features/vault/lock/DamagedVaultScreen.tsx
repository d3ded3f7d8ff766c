/**
 * Shown when Hearth cannot trust or reach what unlocks the journal. It says plainly that nothing was
 * changed, suggests a backup, and never offers to delete or start over.
 */
import { Button } from '@renderer/ui/Button';
import { VaultPage } from '../layout/VaultPage';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import styles from './DamagedVaultScreen.module.css';

export function DamagedVaultScreen() {
  const { damage, retryStart } = useVaultControls();
  if (damage === 'storage') {
    return (
      <VaultPage title="Hearth couldn't reach its storage" lead="Something on this computer kept Hearth from reading its files just now.">
        <div className={styles.body}>
          <p>Nothing was changed or deleted. Trying again often helps; so can restarting the computer.</p>
          <Button variant="primary" onPress={retryStart}>
            Try again
          </Button>
        </div>
      </VaultPage>
    );
  }
  if (damage === 'missing-header') {
    return (
      <VaultPage title="Your journal needs attention" lead="Hearth found your entries, but not the lock information that opens them.">
        <div className={styles.body}>
          <p>Nothing was changed or deleted, and Hearth will not start a new journal over this one.</p>
          <p>
            If your computer keeps its own backups, putting back Hearth&apos;s folder from before this happened should bring
            your journal back. Until then, please leave Hearth&apos;s files as they are.
          </p>
          <Button variant="primary" onPress={retryStart}>
            Look again
          </Button>
        </div>
      </VaultPage>
    );
  }
  return (
    <VaultPage
      title="Hearth can't open your journal right now"
      lead="The lock information Hearth uses to open your journal could not be read. It may have been damaged on disk, or changed by something other than Hearth."
    >
      <div className={styles.body}>
        <p>Nothing was changed or deleted. Your entries are still here, sealed just as they were.</p>
        <p>
          If you have a backup of Hearth, restoring the latest one from before this happened should bring your journal
          back. Until then, please leave Hearth&apos;s files as they are.
        </p>
      </div>
    </VaultPage>
  );
}
