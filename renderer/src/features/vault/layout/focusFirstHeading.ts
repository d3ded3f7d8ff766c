/**
 * Focuses the app's first screen heading (`main h1`) as soon as it is in the page. The shell may show it a
 * moment after it mounts (the route redirects to Today first), so this waits for it, briefly.
 */
const GIVE_UP_AFTER_MS = 2_000;

export function focusFirstHeadingWhenShown(root: ParentNode & Node = document.body): () => void {
  const tryFocus = (): boolean => {
    const heading = root.querySelector<HTMLElement>('main h1');
    heading?.focus();
    return heading !== null;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), GIVE_UP_AFTER_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
