/**
 * Moves focus to the new screen's h1 when the place changes, so a screen reader announces where you are and
 * Tab continues from the top of the content. A screen loaded on its first visit shows its h1 a moment
 * later, so this waits for it, briefly. The first load, and the redirect from `/` (or an unknown address)
 * to Today, leave focus alone, so the skip link stays the first Tab stop. A move inside a place (one
 * exercise view to another) is the place's own business: it focuses its own heading.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { routeForPath } from './routes';

const GIVE_UP_AFTER_MS = 2_000;

export function focusScreenHeading(container: HTMLElement | null): void {
  const heading = container?.querySelector<HTMLElement>('h1');
  (heading ?? container)?.focus();
}

export function useFocusOnRouteChange(location: string, container: RefObject<HTMLElement | null>): void {
  const previous = useRef(location);
  useEffect(() => {
    const before = routeForPath(previous.current);
    previous.current = location;
    const now = routeForPath(location);
    if (!before || !now || before.id === now.id) return;
    window.scrollTo({ top: 0 });
    return focusHeadingWhenShown(container.current);
  }, [location, container]);
}

/** Focuses the container's h1 now or as soon as it appears; gives up after a while. Returns a stop function. */
function focusHeadingWhenShown(container: HTMLElement | null): (() => void) | undefined {
  if (!container) return undefined;
  const tryFocus = () => {
    const heading = container.querySelector<HTMLElement>('h1');
    heading?.focus();
    return heading !== null;
  };
  if (tryFocus()) return undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(stop, GIVE_UP_AFTER_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return stop;
}
