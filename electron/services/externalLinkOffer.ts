/**
 * What happens when the page asks for a new window to an https address (a link with `target="_blank"`):
 * no window opens; instead the person is asked, in the same native dialog as `links:openExternal`, whether to
 * open it in their browser. One question at a time: while a dialog is up, further requests are dropped, so a
 * page cannot stack dialogs.
 */

/** Offers an address to the person; done (or resolved) when they have answered. */
export type AskToOpenExternal = (url: string) => unknown;

/** Returns the function `setWindowOpenHandler` calls for links that `decideWindowOpen` lets be offered. */
export function createExternalLinkOffer(
  askToOpen: AskToOpenExternal,
  onError: (error: unknown) => void = () => {},
): (url: string) => void {
  let isAsking = false;
  return (url) => {
    if (isAsking) return;
    isAsking = true;
    // Through a promise, so a function that throws at once is reported like one that rejects.
    Promise.resolve()
      .then(() => askToOpen(url))
      .catch(onError)
      .finally(() => {
        isAsking = false;
      });
  };
}
