/** One part of Today: a raised sheet with an emblem, an h2, what it has to say, and at most a couple of actions. */
import { useId, type ReactNode } from 'react';
import type { IconComponent } from '@renderer/ui/icons';
import styles from './TodayPanel.module.css';

interface TodayPanelProps {
  title: string;
  icon: IconComponent;
  children: ReactNode;
  actions?: ReactNode;
}

export function TodayPanel({ title, icon: Icon, children, actions }: TodayPanelProps) {
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <header className={styles.head}>
        <span className={styles.emblem}>
          <Icon className={styles.emblemIcon} />
        </span>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
      </header>
      <div className={styles.body}>{children}</div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </section>
  );
}
