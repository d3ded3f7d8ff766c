/**
 * The route table's places, in sidebar order (which is also ROUTE_IDS' order, so Ctrl+1..9 match the
 * sidebar): each place's label, icon and screen. Every path inside a place (each exercise's screen too) is
 * in shared/routes.ts' table, which main's requests are checked against; the shell shows the screen of
 * whichever place the path belongs to, and the place reads its own view from the same path.
 *
 * Today is in the start-up script; every other screen is loaded on first visit (React.lazy). Each is
 * imported from its screen's own module, not the feature's index.ts, because Today imports some features'
 * index.ts (exercises, checkins) and a screen exported there would be pulled back into the start-up script.
 */
import { lazy, type ComponentType } from 'react';
import { matchAppPath, placePath, type AppPath, type RouteId } from '@shared/routes';
import { TodayScreen } from '@renderer/features/today';
import {
  BookIcon,
  CardsIcon,
  CompassIcon,
  HeartsIcon,
  PrinterIcon,
  PulseIcon,
  SlidersIcon,
  SproutIcon,
  SunIcon,
  type IconComponent,
} from '@renderer/ui/icons';

export interface AppRoute {
  id: RouteId;
  path: AppPath;
  label: string;
  icon: IconComponent;
  Screen: ComponentType;
}

const JournalScreen = lazy(() => import('@renderer/features/journal/JournalScreen').then((m) => ({ default: m.JournalScreen })));
const CheckinsScreen = lazy(() => import('@renderer/features/checkins/CheckinsScreen').then((m) => ({ default: m.CheckinsScreen })));
const ExercisesScreen = lazy(() => import('@renderer/features/exercises/ExercisesScreen').then((m) => ({ default: m.ExercisesScreen })));
const LoveLanguagesScreen = lazy(() =>
  import('@renderer/features/loveLanguages/LoveLanguagesScreen').then((m) => ({ default: m.LoveLanguagesScreen })),
);
const CardsScreen = lazy(() => import('@renderer/features/cards/CardsScreen').then((m) => ({ default: m.CardsScreen })));
const GuidanceScreen = lazy(() => import('@renderer/features/guidance/GuidanceScreen').then((m) => ({ default: m.GuidanceScreen })));
const SettingsScreen = lazy(() => import('@renderer/features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ExportScreen = lazy(() => import('@renderer/features/export/ExportScreen').then((m) => ({ default: m.ExportScreen })));

const place = (id: RouteId, label: string, icon: IconComponent, Screen: ComponentType): AppRoute => ({
  id,
  path: placePath(id),
  label,
  icon,
  Screen,
});

export const ROUTES: readonly AppRoute[] = [
  place('today', 'Today', SunIcon, TodayScreen),
  place('journal', 'Journal', BookIcon, JournalScreen),
  place('checkins', 'Check-ins', PulseIcon, CheckinsScreen),
  place('exercises', 'Exercises', SproutIcon, ExercisesScreen),
  place('love-languages', 'Love languages', HeartsIcon, LoveLanguagesScreen),
  place('cards', 'Cards', CardsIcon, CardsScreen),
  place('guidance', 'Guidance', CompassIcon, GuidanceScreen),
  place('settings', 'Settings', SlidersIcon, SettingsScreen),
  place('export', 'Export', PrinterIcon, ExportScreen),
];

/** Where `/` and any unknown address lead. */
export const HOME_PATH: AppPath = '/today';

export function routeById(id: RouteId): AppRoute | undefined {
  return ROUTES.find((route) => route.id === id);
}

/** The place a path is in (`/exercises/talk` is in Exercises), or undefined for an unknown path. */
export function routeForPath(path: string): AppRoute | undefined {
  const match = matchAppPath(path);
  return match ? routeById(match.place) : undefined;
}
