/**
 * The app's addresses, named once: the places (the sidebar's order, which is also Ctrl+1..9's), and every
 * path the page can show, as patterns. Main may ask the page to open any of these paths (a tray item, a
 * reminder clicked), so they live in shared/ and the IPC contract validates against `matchAppPath`.
 *
 * Only the shape of a path is checked here (an exercise id is a lowercase slug, a stage a small number);
 * whether that exercise exists is the page's business, which says so calmly when it does not. Paths are
 * hash routes (`#/exercises/talk`), so they carry no query string: everything a view needs is a segment.
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
  'export',
] as const;

export type RouteId = (typeof ROUTE_IDS)[number];

/** A path inside the app, as the hash holds it. */
export type AppPath = `/${string}`;

/**
 * Every path pattern, most specific first (matching takes the first that fits). `:name` is one segment;
 * `:name?` may be left off, only at the end. A pattern's first segment names its place.
 */
export const ROUTE_TABLE = [
  { name: 'today', pattern: '/today' },
  { name: 'journal', pattern: '/journal' },
  { name: 'checkins', pattern: '/checkins' },
  { name: 'exercises', pattern: '/exercises' },
  { name: 'exercises/library', pattern: '/exercises/library' },
  { name: 'exercises/week', pattern: '/exercises/week' },
  { name: 'exercises/log', pattern: '/exercises/log' },
  { name: 'exercises/talk', pattern: '/exercises/talk' },
  { name: 'exercises/device-free', pattern: '/exercises/device-free' },
  { name: 'exercises/sensate-focus', pattern: '/exercises/sensate-focus/stages/:stage?' },
  { name: 'exercises/sensate-focus-log', pattern: '/exercises/sensate-focus/stages/:stage/log' },
  { name: 'exercises/exercise', pattern: '/exercises/:exerciseId' },
  { name: 'exercises/exercise-log', pattern: '/exercises/:exerciseId/log' },
  { name: 'exercises/date-night-log', pattern: '/exercises/:exerciseId/log/:planId' },
  { name: 'love-languages', pattern: '/love-languages' },
  { name: 'cards', pattern: '/cards' },
  { name: 'guidance', pattern: '/guidance' },
  { name: 'settings', pattern: '/settings' },
  { name: 'export', pattern: '/export' },
] as const satisfies readonly { name: string; pattern: AppPath }[];

export type RouteName = (typeof ROUTE_TABLE)[number]['name'];

/** What each parameter may look like; anything else does not match. */
const PARAM_SHAPES: Readonly<Record<string, RegExp>> = {
  exerciseId: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  stage: /^[1-9]$/,
  planId: /^[A-Za-z0-9_-]{1,64}$/,
};

/** Longer than any real path; a longer one is refused before it is looked at. */
export const MAX_APP_PATH_LENGTH = 200;

export interface RouteMatch {
  name: RouteName;
  place: RouteId;
  params: Readonly<Record<string, string>>;
}

/** The route a path names, with its parameters; null for anything not in the table. */
export function matchAppPath(path: string): RouteMatch | null {
  if (path.length > MAX_APP_PATH_LENGTH || !path.startsWith('/')) return null;
  const segments = path.split('/').slice(1);
  for (const route of ROUTE_TABLE) {
    const params = matchPattern(route.pattern, segments);
    if (params) return { name: route.name, place: placeOf(route.pattern), params };
  }
  return null;
}

export function isAppPath(path: string): path is AppPath {
  return matchAppPath(path) !== null;
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string> | null {
  const parts = pattern.split('/').slice(1);
  const isLastOptional = parts.at(-1)?.endsWith('?') ?? false;
  if (segments.length !== parts.length && !(isLastOptional && segments.length === parts.length - 1)) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    if (segment === undefined) continue; // only the optional last part can be missing (checked above)
    if (!part.startsWith(':')) {
      if (segment !== part) return null;
      continue;
    }
    const name = part.slice(1).replace(/\?$/, '');
    if (!PARAM_SHAPES[name]?.test(segment)) return null;
    params[name] = segment;
  }
  return params;
}

function placeOf(pattern: string): RouteId {
  return pattern.split('/')[1] as RouteId;
}

/** The path of each place, in ROUTE_IDS order. */
export function placePath(id: RouteId): AppPath {
  return `/${id}`;
}

/** The paths of the Exercises screen's views, built in one place so links and the table cannot drift. */
export const exercisePaths = {
  home: '/exercises',
  library: '/exercises/library',
  week: '/exercises/week',
  log: '/exercises/log',
  talk: '/exercises/talk',
  deviceFree: '/exercises/device-free',
  sensateFocus: (stage?: number): AppPath => (stage ? `/exercises/sensate-focus/stages/${stage}` : '/exercises/sensate-focus/stages'),
  sensateFocusLog: (stage: number): AppPath => `/exercises/sensate-focus/stages/${stage}/log`,
  exercise: (exerciseId: string): AppPath => `/exercises/${exerciseId}`,
  exerciseLog: (exerciseId: string): AppPath => `/exercises/${exerciseId}/log`,
  dateNightLog: (exerciseId: string, planId: string): AppPath => `/exercises/${exerciseId}/log/${planId}`,
} as const;
