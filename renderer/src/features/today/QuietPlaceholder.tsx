/**
 * What a part of Today shows while its answer is on the way: a soft line of words, no spinner. It is not a
 * live region (the filled-in part would announce itself twice otherwise); `aria-busy` marks the wait.
 */
import styles from './QuietPlaceholder.module.css';

export function QuietPlaceholder({ children }: { children: string }) {
  return (
    <p className={styles.placeholder} aria-busy="true">
      {children}
    </p>
  );
}
