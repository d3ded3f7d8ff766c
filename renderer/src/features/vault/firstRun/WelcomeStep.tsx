/** The first thing a new couple sees: what Hearth is, what it promises, and one way to begin. */
import { Suspense } from 'react';
import { FirstRunRestore } from '@renderer/features/backups';
import { Button } from '@renderer/ui/Button';
import { VaultPage } from '../layout/VaultPage';
import styles from './FirstRun.module.css';

const PROMISES = [
  'Everything you write stays on this computer, sealed with your passphrase. No account, and Hearth never goes online.',
  'Each of you has a passphrase of your own, a private page of your own, and the pages you share.',
  'Setting up takes a couple of minutes. One of you can begin now and the other join later.',
];

export function WelcomeStep({ onBegin }: { onBegin: () => void }) {
  return (
    <VaultPage
      title="Welcome to Hearth"
      lead="A quiet journal for the two of you: small thanks, honest check-ins, and time set aside for each other."
    >
      <ul className={styles.promises}>
        {PROMISES.map((promise) => (
          <li key={promise}>{promise}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button variant="primary" onPress={onBegin}>
          Let&apos;s begin
        </Button>
        {/* Loads on demand; "Let's begin" never waits for it. */}
        <Suspense fallback={null}>
          <FirstRunRestore />
        </Suspense>
      </div>
      <p className={styles.moving}>Moving Hearth to a new computer? Restore a backup from the old one here.</p>
    </VaultPage>
  );
}
