/**
 * Shows the screen the vault is at, and the app itself only while it is unlocked. On lock the app's whole
 * tree unmounts, so nothing it read stays in the DOM or in React state.
 *
 * When the journal opens after a screen of ours (unlock, first run, a new passphrase), focus moves to the
 * first screen's heading, since the control that had it is gone. A silent start (remembered on this
 * computer) leaves focus alone, as any first load does.
 *
 * The screens a start seldom needs (first run, a damaged vault, the new passphrase after a recovery key)
 * load on demand, behind the opening screen, so the start-up script carries only the lock screen.
 */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { focusFirstHeadingWhenShown } from './layout/focusFirstHeading';
import { LockScreen } from './lock/LockScreen';
import { OpeningScreen } from './lock/OpeningScreen';

const FirstRunScreen = lazy(() => import('./firstRun/FirstRunScreen').then((m) => ({ default: m.FirstRunScreen })));
const DamagedVaultScreen = lazy(() => import('./lock/DamagedVaultScreen').then((m) => ({ default: m.DamagedVaultScreen })));
const NewPassphraseScreen = lazy(() => import('./recovery/NewPassphraseScreen').then((m) => ({ default: m.NewPassphraseScreen })));
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';

function OpenedApp({ children, wasAtGate }: { children: ReactNode; wasAtGate: boolean }) {
  useEffect(() => (wasAtGate ? focusFirstHeadingWhenShown() : undefined), [wasAtGate]);
  return children;
}

export function VaultGate({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<OpeningScreen />}>
      <VaultScreen>{children}</VaultScreen>
    </Suspense>
  );
}

function VaultScreen({ children }: { children: ReactNode }) {
  const { status } = useVault();
  const { needsNewPassphrase, wasOpenedByPerson } = useVaultControls();
  switch (status) {
    case 'checking':
      return <OpeningScreen />;
    case 'first-run':
      return <FirstRunScreen />;
    case 'locked':
      return <LockScreen />;
    case 'damaged':
      return <DamagedVaultScreen />;
    case 'unlocked':
      return needsNewPassphrase ? (
        <NewPassphraseScreen />
      ) : (
        <OpenedApp wasAtGate={wasOpenedByPerson}>{children}</OpenedApp>
      );
  }
}
