/**
 * The frame of every screen Hearth shows before the journal opens (first run, lock, recovery, a damaged
 * vault): the page's <main>, a centred sheet with the app's name, the h1, a short lead and the content.
 *
 * When it mounts it moves focus to the field marked `data-autofocus` (TextField's autoFocus), or else to the
 * h1, so a screen reader announces the new step and Tab continues from there. (react-aria defers its own
 * autoFocus after a keyboard press, which would leave focus nowhere once the previous step is gone.)
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { FlameIcon } from '@renderer/ui/icons';
import styles from './VaultPage.module.css';

interface VaultPageProps {
  title: ReactNode;
  lead?: ReactNode;
  /** A quiet line above the title, such as "Step 2 of 4". */
  eyebrow?: ReactNode;
  /** The lock screen's title is the app's name, so it shows a larger emblem instead of the small brand. */
  brand?: 'small' | 'emblem';
  width?: 'narrow' | 'wide';
  children?: ReactNode;
}

export function VaultPage({ title, lead, eyebrow, brand = 'small', width = 'narrow', children }: VaultPageProps) {
  const sheetRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet || sheet.contains(document.activeElement)) return;
    (sheet.querySelector<HTMLElement>('[data-autofocus]') ?? headingRef.current)?.focus();
  }, []);

  return (
    <main className={styles.page}>
      <div ref={sheetRef} className={`${styles.sheet} ${width === 'wide' ? styles.wide : ''}`}>
        {brand === 'emblem' ? (
          <span className={styles.emblem}>
            <FlameIcon className={styles.emblemIcon} />
          </span>
        ) : (
          <p className={styles.brand}>
            <FlameIcon className={styles.brandIcon} />
            <span>Hearth</span>
          </p>
        )}
        <header className={`${styles.header} ${brand === 'emblem' ? styles.centred : ''}`}>
          {eyebrow ? <p className={styles.eyebrow}>{eyebrow}</p> : null}
          <h1 ref={headingRef} className={styles.title} tabIndex={-1}>
            {title}
          </h1>
          {lead ? <div className={styles.lead}>{lead}</div> : null}
        </header>
        {children}
      </div>
    </main>
  );
}
