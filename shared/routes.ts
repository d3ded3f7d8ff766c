/**
 * The app's places, named once. Main may ask the page to open one (a tray item, a notification click), so the
 * list lives in shared/ and the IPC contract validates against it.
 */
export const ROUTE_IDS = [
  'today',
  'journal',
  'checkins',
  'exercises',
  'love-languages',
  'cards',
  'guidance',
  'settings',
] as const;

export type RouteId = (typeof ROUTE_IDS)[number];
