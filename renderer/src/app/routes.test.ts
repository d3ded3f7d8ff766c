import { describe, expect, it } from 'vitest';
import { ROUTE_IDS } from '@shared/routes';
import { HOME_PATH, ROUTES, routeById, routeByPath } from './routes';

describe('the route table', () => {
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
    expect(routeByPath(HOME_PATH)?.id).toBe('today');
  });

  it('finds routes by id and path', () => {
    expect(routeById('settings')?.path).toBe('/settings');
    expect(routeByPath('/checkins')?.label).toBe('Check-ins');
    expect(routeByPath('/nowhere')).toBeUndefined();
  });
});
