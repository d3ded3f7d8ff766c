/** Listens for Ctrl/Cmd+1..7 anywhere in the window and opens the matching place. */
import { useEffect } from 'react';
import { isMacPlatform, routeForShortcut } from '@renderer/lib/shortcuts';
import { routeById } from './routes';

export function useShortcutNavigation(navigate: (path: string) => void): void {
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const id = routeForShortcut(event, isMac);
      const route = id ? routeById(id) : undefined;
      if (!route) return;
      event.preventDefault();
      navigate(route.path);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
