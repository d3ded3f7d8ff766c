/**
 * One part of the Guidance page: an h2 with a fixed id (the table of contents moves focus to it) and
 * tabIndex -1, so it can take focus from code but never from Tab.
 */
import type { ReactNode } from 'react';
import { sectionTitle, type GuidanceSectionId } from './guidanceSections';
import styles from './GuidanceSection.module.css';

interface GuidanceSectionProps {
  id: GuidanceSectionId;
  /** A short paragraph under the heading. */
  intro?: ReactNode;
  /** A calmer, tinted frame (the emergency note). */
  isTinted?: boolean;
  children?: ReactNode;
}

export function GuidanceSection({ id, intro, isTinted = false, children }: GuidanceSectionProps) {
  return (
    <section className={`${styles.section} ${isTinted ? styles.tinted : ''}`} aria-labelledby={id}>
      <h2 id={id} className={styles.title} tabIndex={-1}>
        {sectionTitle(id)}
      </h2>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      {children}
    </section>
  );
}
