/**
 * Loads one thing for Today after the screen has painted, and keeps it in state. Today never waits for
 * data to show itself: each part renders at once with a quiet placeholder and fills in when its answer
 * arrives. `isDeferred` waits further, until the page is idle, for work that may take a while (the day
 * count), so it never competes with the first paint or the other parts.
 */
import { useEffect, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/** How long a deferred load waits for an idle moment at most. */
const IDLE_TIMEOUT_MS = 1_000;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 50);
  return () => window.clearTimeout(handle);
}

/** `load` must be stable (wrap it in useCallback); a new `load` starts a new load. */
export function useLoaded<T>(load: () => Promise<T>, isDeferred = false): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const start = () =>
      load().then(
        (value) => isCurrent && setState({ status: 'ready', value }),
        // Locked meanwhile, or storage failed: the part says so calmly; nothing else depends on it.
        () => isCurrent && setState({ status: 'failed' }),
      );
    const cancel = isDeferred ? whenIdle(() => void start()) : (void start(), undefined);
    return () => {
      isCurrent = false;
      cancel?.();
    };
  }, [load, isDeferred]);
  return state;
}
