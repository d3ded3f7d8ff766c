/**
 * Opens the path main asks for (a tray item or a reminder was clicked), such as `/exercises/talk`. Paths
 * not in the route table are ignored (checked with the contract's own schema). It listens from the app's
 * root, above the vault's gate: while Hearth is locked the lock screen stays, and the path waits in the
 * address, so the app opens there after unlocking instead of on Today.
 */
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { eventSchemas } from '@shared/ipc/contract';
import { onMainEvent } from '@renderer/platform/bridge';

export function useMainRouteRequests(): void {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      onMainEvent('navigation:didRequestRoute', (payload) => {
        const request = eventSchemas['navigation:didRequestRoute'].safeParse(payload);
        if (request.success) navigate(request.data.path);
      }),
    [navigate],
  );
}

/** The hook as a component, for the app's root, which renders no routes itself. */
export function MainRouteRequests(): null {
  useMainRouteRequests();
  return null;
}
