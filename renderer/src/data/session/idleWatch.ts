/**
 * Notices when nobody has used Hearth for a while. Owns one timer and the time of the last input; input
 * itself only updates a number (no timer churn on every pointer move). When the timer fires it compares
 * the clock with the last input and either reports idleness once or waits the remaining time.
 *
 * Plain `setTimeout` and `Date.now` by default, so a test (or Playwright's page.clock) can drive it.
 */

export interface IdleWatchOptions {
  /** How long without input counts as idle. */
  idleAfterMs: number;
  onIdle: () => void;
  /** While this answers true, quiet time does not count (a screen holds the idle lock off). */
  isHeld?: () => boolean;
  now?: () => number;
  schedule?: (run: () => void, delayMs: number) => unknown;
  cancel?: (handle: unknown) => void;
}

export interface IdleWatch {
  /** Call on every keyboard, pointer or wheel input. */
  noteActivity(): void;
  /** Stops watching; `onIdle` is not called after this. */
  stop(): void;
}

export function startIdleWatch(options: IdleWatchOptions): IdleWatch {
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? ((run, delayMs) => setTimeout(run, delayMs));
  const cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let lastActivity = now();
  let handle: unknown;
  let isStopped = false;

  const check = (): void => {
    handle = undefined;
    if (isStopped) return;
    if (options.isHeld?.()) lastActivity = now();
    const quietFor = now() - lastActivity;
    if (quietFor >= options.idleAfterMs) {
      isStopped = true;
      options.onIdle();
      return;
    }
    handle = schedule(check, options.idleAfterMs - quietFor);
  };

  handle = schedule(check, options.idleAfterMs);

  return {
    noteActivity() {
      lastActivity = now();
    },
    stop() {
      isStopped = true;
      if (handle !== undefined) cancel(handle);
      handle = undefined;
    },
  };
}
