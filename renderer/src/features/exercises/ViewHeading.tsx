/**
 * A view's h2. The screen focuses it (from code only) when the view opens; a view whose content changes in
 * place (a timer that starts, a talk that ends) passes `focusKey`, and the heading takes focus again when it
 * changes, so keyboard and screen reader users are not left on a control that has gone.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import styles from './common.module.css';

interface ViewHeadingProps {
  eyebrow?: string;
  lead?: ReactNode;
  focusKey?: string;
  children: ReactNode;
}

export function ViewHeading({ eyebrow, lead, focusKey, children }: ViewHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const previous = useRef(focusKey);
  useEffect(() => {
    if (previous.current === focusKey) return;
    previous.current = focusKey;
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div className={styles.viewHeader}>
      {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
      <h2 ref={ref} className={styles.viewTitle} tabIndex={-1} data-view-heading="">
        {children}
      </h2>
      {lead ? <p className={styles.muted}>{lead}</p> : null}
    </div>
  );
}
