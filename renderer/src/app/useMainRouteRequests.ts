/** Opens the place main asks for (a tray item or a reminder was clicked). Unknown ids are ignored. */
import { useEffect } from 'react';
import { onMainEvent } from '@renderer/platform/bridge';
import { routeById } from './routes';

export function useMainRouteRequests(navigate: (path: string) => void): void {
  useEffect(
    () =>
      onMainEvent('navigation:didRequestRoute', ({ route }) => {
        const target = routeById(route);
        if (target) navigate(target.path);
      }),
    [navigate],
  );
}
