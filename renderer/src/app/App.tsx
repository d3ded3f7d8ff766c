/**
 * The app's root: refuses politely to run without the desktop bridge, then provides settings and a
 * hash-based router (the page is served from a fixed app:// origin, so the route lives in the hash).
 */
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { hasBridge } from '@renderer/platform/bridge';
import { AppShell } from './AppShell';
import { BridgeMissing } from './BridgeMissing';
import { SettingsProvider } from './settings';

export function App() {
  if (!hasBridge()) return <BridgeMissing />;
  return (
    <SettingsProvider>
      <Router hook={useHashLocation}>
        <AppShell />
      </Router>
    </SettingsProvider>
  );
}
