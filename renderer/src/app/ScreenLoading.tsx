/**
 * What <main> shows while a place's screen loads on its first visit (usually too briefly to notice): a
 * quiet line, shown only after a moment so a quick load does not flash. No heading, so focus waits for
 * the screen's own h1.
 */
import { useEffect, useState } from 'react';
import styles from './AppShell.module.css';

const SHOW_AFTER_MS = 300;

export function ScreenLoading({ label }: { label: string }) {
  const [isShown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className={styles.loading} role="status">
      {isShown ? `Opening ${label}…` : ''}
    </p>
  );
}
