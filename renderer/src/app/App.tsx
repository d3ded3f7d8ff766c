/**
 * The app's root: refuses politely to run without the desktop bridge, then provides settings, the vault
 * session and a hash-based router (the page is served from a fixed app:// origin, so the route lives in
 * the hash). Main's route requests are heard here, outside the vault's gate, so one that arrives while
 * Hearth is locked is kept in the address; the shell itself renders only while the vault is unlocked.
 */
import { Suspense } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { PageNotices } from '@renderer/features/reminders';
import { VaultGate, VaultProvider } from '@renderer/features/vault';
import { AutomaticBackups } from '@renderer/features/backups';
import { SettingsProvider } from '@renderer/lib/settings';
import { hasBridge } from '@renderer/platform/bridge';
import { AppShell } from './AppShell';
import { BridgeMissing } from './BridgeMissing';
import { MainRouteRequests } from './useMainRouteRequests';

export function App() {
  if (!hasBridge()) return <BridgeMissing />;
  return (
    <SettingsProvider>
      <VaultProvider>
        <Router hook={useHashLocation}>
          <MainRouteRequests />
          {/* Neither is needed for the first screen: they load after it, and nothing waits for them. */}
          <Suspense fallback={null}>
            <PageNotices />
          </Suspense>
          <VaultGate>
            <Suspense fallback={null}>
              <AutomaticBackups />
            </Suspense>
            <AppShell />
          </VaultGate>
        </Router>
      </VaultProvider>
    </SettingsProvider>
  );
}
