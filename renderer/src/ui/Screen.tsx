/**
 * The frame every place shares: an emblem, the h1 (which takes focus when the place opens, so screen readers
 * announce it), a short lead, and the place's own content below at a readable measure.
 */
import type { ReactNode } from 'react';
import type { IconComponent } from './icons';
import styles from './Screen.module.css';

interface ScreenProps {
  title: string;
  lead: ReactNode;
  icon: IconComponent;
  /** A quiet line above the title, such as today's date. */
  eyebrow?: ReactNode;
  children?: ReactNode;
}

export function Screen({ title, lead, icon: Icon, eyebrow, children }: ScreenProps) {
  return (
    <div className={styles.screen}>
      <header className={styles.header}>
        <span className={styles.emblem}>
          <Icon className={styles.emblemIcon} />
        </span>
        {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
        <h1 className={styles.title} tabIndex={-1}>
          {title}
        </h1>
        <p className={styles.lead}>{lead}</p>
      </header>
      {children ? <div className={styles.body}>{children}</div> : null}
    </div>
  );
}
