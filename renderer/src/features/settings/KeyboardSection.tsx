/** Keyboard: how to move around Hearth without a mouse, written for this computer's modifier key. */
import type { ReactNode } from 'react';
import { isMacPlatform, modifierLabel } from '@renderer/lib/shortcuts';
import { Section } from '@renderer/ui/Section';
import styles from './KeyboardSection.module.css';

function Key({ children }: { children: ReactNode }) {
  return <kbd className={styles.kbd}>{children}</kbd>;
}

function Joiner({ children }: { children: ReactNode }) {
  return <span className={styles.joiner}>{children}</span>;
}

export function KeyboardSection() {
  const modifier = modifierLabel(isMacPlatform());
  const rows: { keys: ReactNode; does: string }[] = [
    {
      keys: (
        <>
          <Key>{modifier}</Key>
          <Joiner>+</Joiner>
          <Key>1</Key>
          <Joiner>to</Joiner>
          <Key>7</Key>
        </>
      ),
      does: 'Open a place. The numbers follow the sidebar: Today is 1, Settings is 7.',
    },
    { keys: <Key>Tab</Key>, does: 'Move to the next control. The first stop skips straight to the content.' },
    {
      keys: <Key>Arrow keys</Key>,
      does: 'Move between the choices in a group, such as the themes above.',
    },
    { keys: <Key>Space</Key>, does: 'Turn a switch on or off.' },
  ];
  return (
    <Section title="Keyboard">
      <dl className={styles.list}>
        {rows.map((row) => (
          <div key={row.does} className={styles.row}>
            <dt className={styles.keys}>{row.keys}</dt>
            <dd className={styles.does}>{row.does}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
