/**
 * Security: when Hearth locks itself, whether it remembers you on this computer, your passphrase, and (for
 * a journal started alone) inviting your partner. The parts come from the vault feature; this section only
 * arranges them.
 */
import { useId, type ReactNode } from 'react';
import {
  AutoLockSetting,
  ChangePassphraseSetting,
  InvitePartnerSetting,
  RememberMeSetting,
  StorageNote,
  useVault,
} from '@renderer/features/vault';
import { Section } from '@renderer/ui/Section';
import styles from './SecuritySection.module.css';

function Block({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={styles.block} aria-labelledby={headingId}>
      <div className={styles.blockHeading}>
        <h3 id={headingId} className={styles.blockTitle}>
          {title}
        </h3>
        {note ? <p className={styles.blockNote}>{note}</p> : null}
      </div>
      {children}
    </section>
  );
}

export function SecuritySection() {
  const { partner, profiles } = useVault();
  const isAlone = partner === 'a' && profiles.b === undefined;
  return (
    <Section title="Security" note="How Hearth keeps your journal closed when you step away.">
      <div className={styles.blocks}>
        <StorageNote />
        <AutoLockSetting />
        <RememberMeSetting />
        <Block title="Passphrase" note="Changing it takes a moment. Nothing you have written is touched.">
          <ChangePassphraseSetting />
        </Block>
        {isAlone ? (
          <Block
            title="Invite your partner"
            note="When your partner is here with you, they can join on this computer with a passphrase of their own."
          >
            <InvitePartnerSetting />
          </Block>
        ) : null}
      </div>
    </Section>
  );
}
