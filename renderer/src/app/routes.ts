/**
 * The route table: every place in the app, once, in sidebar order (which is also ROUTE_IDS' order, so
 * Ctrl+1..7 match the sidebar). The shell, the sidebar and main's navigation requests all read this table.
 */
import type { ComponentType } from 'react';
import type { RouteId } from '@shared/routes';
import { CardsScreen } from '@renderer/features/cards';
import { CheckinsScreen } from '@renderer/features/checkins';
import { ExercisesScreen } from '@renderer/features/exercises';
import { GuidanceScreen } from '@renderer/features/guidance';
import { JournalScreen } from '@renderer/features/journal';
import { LoveLanguagesScreen } from '@renderer/features/loveLanguages';
import { SettingsScreen } from '@renderer/features/settings';
import { TodayScreen } from '@renderer/features/today';
import {
  BookIcon,
  CardsIcon,
  CompassIcon,
  HeartsIcon,
  PulseIcon,
  SlidersIcon,
  SproutIcon,
  SunIcon,
  type IconComponent,
} from '@renderer/ui/icons';

export interface AppRoute {
  id: RouteId;
  path: `/${string}`;
  label: string;
  icon: IconComponent;
  Screen: ComponentType;
}

export const ROUTES: readonly AppRoute[] = [
  { id: 'today', path: '/today', label: 'Today', icon: SunIcon, Screen: TodayScreen },
  { id: 'journal', path: '/journal', label: 'Journal', icon: BookIcon, Screen: JournalScreen },
  { id: 'checkins', path: '/checkins', label: 'Check-ins', icon: PulseIcon, Screen: CheckinsScreen },
  { id: 'exercises', path: '/exercises', label: 'Exercises', icon: SproutIcon, Screen: ExercisesScreen },
  {
    id: 'love-languages',
    path: '/love-languages',
    label: 'Love languages',
    icon: HeartsIcon,
    Screen: LoveLanguagesScreen,
  },
  { id: 'cards', path: '/cards', label: 'Cards', icon: CardsIcon, Screen: CardsScreen },
  { id: 'guidance', path: '/guidance', label: 'Guidance', icon: CompassIcon, Screen: GuidanceScreen },
  { id: 'settings', path: '/settings', label: 'Settings', icon: SlidersIcon, Screen: SettingsScreen },
];

/** Where `/` and any unknown address lead. */
export const HOME_PATH = '/today';

export function routeById(id: RouteId): AppRoute | undefined {
  return ROUTES.find((route) => route.id === id);
}

export function routeByPath(path: string): AppRoute | undefined {
  return ROUTES.find((route) => route.path === path);
}
