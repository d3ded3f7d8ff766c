/**
 * A calm message inside a screen: something did not work, what it means, and what can be done. It is a
 * polite live region, so it is announced without interrupting.
 */
import type { ReactNode } from 'react';
import styles from './InlineNotice.module.css';

interface InlineNoticeProps {
  children: ReactNode;
  /** One optional way forward, such as a "Try again" button. */
  action?: ReactNode;
}

export function InlineNotice({ children, action }: InlineNoticeProps) {
  return (
    <div className={styles.notice} role="status">
      <p className={styles.message}>{children}</p>
      {action ? <div className={styles.action}>{action}</div> : null}
    </div>
  );
}
