/**
 * Loads one value for a screen and keeps it in state: loading, ready or failed, with a retry and a way to
 * replace the value after the screen's own writes. A screen never waits for data to show itself; with
 * `isDeferred` the load waits further, until the page is idle, for work that may take a while (Today's day
 * count), so it never competes with the first paint.
 */
import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

export interface LoadApi<T> {
  state: Loaded<T>;
  retry: () => void;
  /** Sets the value after a write the screen made (the updater sees the current value, if any). */
  replace: (next: (current: T | undefined) => T) => void;
}

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

/** `load` must be stable (wrap it in useCallback or useMemo); a new `load` starts a new load. */
export function useLoad<T>(load: () => Promise<T>, options: { isDeferred?: boolean } = {}): LoadApi<T> {
  const { isDeferred = false } = options;
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    const start = () =>
      load().then(
        (value) => isCurrent && setState({ status: 'ready', value }),
        // Locked meanwhile, or storage failed: the screen says so calmly and can try again.
        () => isCurrent && setState({ status: 'failed' }),
      );
    const cancel = isDeferred ? whenIdle(() => void start()) : (void start(), undefined);
    return () => {
      isCurrent = false;
      cancel?.();
    };
  }, [load, isDeferred, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  const replace = useCallback((next: (current: T | undefined) => T) => {
    setState((current) => ({ status: 'ready', value: next(current.status === 'ready' ? current.value : undefined) }));
  }, []);

  return { state, retry, replace };
}
