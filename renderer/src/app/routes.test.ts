import { describe, expect, it } from 'vitest';
import { exercisePaths, ROUTE_IDS, ROUTE_TABLE } from '@shared/routes';
import { HOME_PATH, ROUTES, routeById, routeForPath } from './routes';

describe("the shell's places", () => {
  it('has one route per place, in ROUTE_IDS order (the sidebar and shortcut order)', () => {
    expect(ROUTES.map((route) => route.id)).toEqual([...ROUTE_IDS]);
  });

  it('gives every route a unique path and label', () => {
    expect(new Set(ROUTES.map((route) => route.path)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((route) => route.label)).size).toBe(ROUTES.length);
  });

  it('uses the id as the path, so addresses stay stable', () => {
    for (const route of ROUTES) expect(route.path).toBe(`/${route.id}`);
  });

  it('sends home to Today', () => {
    expect(routeForPath(HOME_PATH)?.id).toBe('today');
  });

  it('finds the place of every path in the table, the views inside a place included', () => {
    expect(routeById('settings')?.path).toBe('/settings');
    expect(routeForPath('/checkins')?.label).toBe('Check-ins');
    expect(routeForPath(exercisePaths.talk)?.id).toBe('exercises');
    expect(routeForPath(exercisePaths.sensateFocusLog(2))?.id).toBe('exercises');
    for (const { pattern } of ROUTE_TABLE) expect(ROUTE_IDS).toContain(pattern.split('/')[1]);
  });

  it('finds no place for an unknown path', () => {
    expect(routeForPath('/nowhere')).toBeUndefined();
    expect(routeForPath('/exercises/talk/now')).toBeUndefined();
  });
});
