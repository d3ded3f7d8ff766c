/** Shown instead of the app when the page is opened outside Hearth's desktop window (no bridge to main). */
import { FlameIcon } from '@renderer/ui/icons';
import styles from './BridgeMissing.module.css';

export function BridgeMissing() {
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <FlameIcon className={styles.icon} />
        <h1 className={styles.title}>Please open Hearth as the desktop app</h1>
        <p className={styles.text}>
          This page is part of Hearth and only works inside its own window on your computer. Start Hearth from your
          applications, and your journal will be there.
        </p>
      </div>
    </main>
  );
}
