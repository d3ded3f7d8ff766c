/**
 * The app's root: refuses politely to run without the desktop bridge, then provides settings, the vault
 * session and, only while the vault is unlocked, a hash-based router and the shell (the page is served
 * from a fixed app:// origin, so the route lives in the hash).
 */
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { VaultGate, VaultProvider } from '@renderer/features/vault';
import { hasBridge } from '@renderer/platform/bridge';
import { AppShell } from './AppShell';
import { BridgeMissing } from './BridgeMissing';
import { SettingsProvider } from '@renderer/lib/settings';

export function App() {
  if (!hasBridge()) return <BridgeMissing />;
  return (
    <SettingsProvider>
      <VaultProvider>
        <VaultGate>
          <Router hook={useHashLocation}>
            <AppShell />
          </Router>
        </VaultGate>
      </VaultProvider>
    </SettingsProvider>
  );
}
