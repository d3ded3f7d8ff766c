/**
 * What "Print" puts on paper: the key and a short explanation, nothing else of the app. It lives in a
 * portal at the end of <body>; the print stylesheet hides every other child of <body> while it is there.
 */
import { createPortal } from 'react-dom';
import { RECOVERY_KEY_EXPLANATION } from './recoveryKeyText';
import styles from './RecoveryKeyCard.module.css';

export function RecoveryKeyPrintSheet({ recoveryKey, ownerName }: { recoveryKey: string; ownerName?: string }) {
  return createPortal(
    <div className={styles.printSheet} aria-hidden="true">
      <p className={styles.printTitle}>{ownerName ? `Hearth recovery key for ${ownerName}` : 'Hearth recovery key'}</p>
      <p className={styles.printKey}>{recoveryKey}</p>
      {RECOVERY_KEY_EXPLANATION.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>,
    document.body,
  );
}
