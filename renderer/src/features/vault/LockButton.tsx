/** The sidebar's "Lock" button: locks Hearth at once (drafts are saved first). Ctrl/Cmd+L does the same. */
import { isMacPlatform, modifierLabel } from '@renderer/lib/shortcuts';
import { PlainButton } from '@renderer/ui/Button';
import { ariaLockShortcut } from '@renderer/data/session/lockShortcut';
import { useVault } from '@renderer/data/session/vaultContext';
import styles from './LockButton.module.css';

function LockIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="5" y="10.5" width="14" height="10" rx="2" />
      <path d="M8.5 10.5V7.8a3.5 3.5 0 0 1 7 0v2.7" />
      <path d="M12 14.5v2" />
    </svg>
  );
}

export function LockButton() {
  const { lock } = useVault();
  const isMac = isMacPlatform();
  return (
    <PlainButton className={styles.lock ?? ''} onPress={() => void lock()} aria-label="Lock Hearth" aria-keyshortcuts={ariaLockShortcut(isMac)}>
      <LockIcon className={styles.icon} />
      <span className={styles.label}>Lock</span>
      <kbd className={styles.kbd}>
        {modifierLabel(isMac)}+L
      </kbd>
    </PlainButton>
  );
}
