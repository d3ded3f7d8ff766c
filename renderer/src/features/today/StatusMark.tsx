/** A state said in words with a mark beside it: a tick when something is done, an open circle when not yet. */
import { DoneMark, OpenMark } from './todayIcons';
import styles from './StatusMark.module.css';

export function StatusMark({ isDone, children }: { isDone: boolean; children: string }) {
  const Mark = isDone ? DoneMark : OpenMark;
  return (
    <span className={`${styles.status} ${isDone ? styles.done : styles.open}`}>
      <Mark className={styles.mark} />
      {children}
    </span>
  );
}
