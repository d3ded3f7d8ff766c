/**
 * Evaluated in the page on the lock screen just before the Enter key (a small bundle of its own, so little
 * else runs before the timing starts): times from that key to Today's heading and to every part of Today
 * filled in from the vault. Must not touch the vault or the page's content.
 */
/**
 * `__benchToday`: to Today's heading. `__benchFilled`: to the day count, both partners' appreciations
 * tonight, Alex's sealed weekly answer and a Start for the plan's next exercise, all shown.
 */
function watchToday(): void {
  const state = window as unknown as { __benchStart?: number; __benchToday?: Promise<number>; __benchFilled?: Promise<number> };
  const when = (isReady: () => boolean) =>
    new Promise<number>((resolve) => {
      const since = () => performance.now() - (state.__benchStart ?? 0);
      if (isReady()) return resolve(since());
      const observer = new MutationObserver(() => {
        if (!isReady()) return;
        observer.disconnect();
        resolve(since());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  const main = () => document.querySelector('main')?.textContent ?? '';
  state.__benchToday = when(() => document.querySelector('main h1')?.textContent?.includes('Today') === true);
  // Watched only once the heading is there, so the budgeted figure carries none of this watching.
  state.__benchFilled = state.__benchToday.then(() =>
    when(
      () =>
        main().includes("You've shown up on") &&
        main().split('Written tonight').length >= 3 &&
        main().includes('Alex has answered') &&
        document.querySelector('main button[aria-label^="Start "]') !== null,
    ),
  );
  document.addEventListener('keydown', () => (state.__benchStart = performance.now()), { capture: true, once: true });
}

watchToday();
