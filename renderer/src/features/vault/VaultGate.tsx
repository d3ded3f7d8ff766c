/**
 * Shows the screen the vault is at, and the app itself only while it is unlocked. On lock the app's whole
 * tree unmounts, so nothing it read stays in the DOM or in React state.
 *
 * When the journal opens after a screen of ours (unlock, first run, a new passphrase), focus moves to the
 * first screen's heading, since the control that had it is gone. A silent start (remembered on this
 * computer) leaves focus alone, as any first load does.
 */
import { useEffect, type ReactNode } from 'react';
import { FirstRunScreen } from './firstRun/FirstRunScreen';
import { focusFirstHeadingWhenShown } from './layout/focusFirstHeading';
import { DamagedVaultScreen } from './lock/DamagedVaultScreen';
import { LockScreen } from './lock/LockScreen';
import { OpeningScreen } from './lock/OpeningScreen';
import { NewPassphraseScreen } from './recovery/NewPassphraseScreen';
import { useVault, useVaultControls } from '@renderer/data/session/vaultContext';

function OpenedApp({ children, wasAtGate }: { children: ReactNode; wasAtGate: boolean }) {
  useEffect(() => (wasAtGate ? focusFirstHeadingWhenShown() : undefined), [wasAtGate]);
  return children;
}

export function VaultGate({ children }: { children: ReactNode }) {
  const { status } = useVault();
  const { needsNewPassphrase, wasOpenedByPerson } = useVaultControls();
  switch (status) {
    case 'checking':
      return <OpeningScreen />;
    case 'first-run':
      return (
        <FirstRunScreen />
      );
    case 'locked':
      return (
        <LockScreen />
      );
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
