/**
 * Moves focus to the new screen's h1 when the place changes, so a screen reader announces where you are and
 * Tab continues from the top of the content. The first load, and the redirect from `/` (or an unknown
 * address) to Today, leave focus alone, so the skip link stays the first Tab stop.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { routeByPath } from './routes';

export function focusScreenHeading(container: HTMLElement | null): void {
  const heading = container?.querySelector<HTMLElement>('h1');
  (heading ?? container)?.focus();
}

export function useFocusOnRouteChange(location: string, container: RefObject<HTMLElement | null>): void {
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    const wasOnAScreen = routeByPath(previous.current) !== undefined;
    previous.current = location;
    if (!wasOnAScreen) return;
    window.scrollTo({ top: 0 });
    focusScreenHeading(container.current);
  }, [location, container]);
}
