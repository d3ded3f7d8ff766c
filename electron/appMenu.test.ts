import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildAppMenuTemplate, type AppMenuOptions } from './appMenu';

function build(overrides: Partial<AppMenuOptions> = {}) {
  const options = { isDevelopment: false, isMac: false, lock: vi.fn(), showAbout: vi.fn(), ...overrides };
  return { template: buildAppMenuTemplate(options), ...options };
}

/** Every item in the menu, depth first. */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

const describeItem = (item: MenuItemConstructorOptions) => item.role ?? item.label ?? item.type;
const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools'];

describe('the application menu', () => {
  it.each([false, true])('has no Reload and no developer tools in a packaged app (macOS: %s)', (isMac) => {
    const roles = allItems(build({ isMac }).template).map((item) => item.role);
    for (const role of DEVELOPER_ROLES) expect(roles).not.toContain(role);
    // Nor the ready-made menus that would bring them back.
    expect(roles).not.toContain('viewMenu');
    expect(roles).not.toContain('appMenu');
  });

  it('adds Reload and the developer tools to View in development only', () => {
    const view = submenu(build({ isDevelopment: true }).template, '&View').map(describeItem);
    expect(view).toEqual(expect.arrayContaining(DEVELOPER_ROLES));
  });

  it('offers File, Edit, View, Window and Help in that order on Windows and Linux', () => {
    expect(build().template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it('File locks, closes the window and quits', () => {
    const { template, lock } = build();
    const file = submenu(template, '&File');
    expect(file.map(describeItem)).toEqual(['Lock Hearth', 'separator', 'close', 'quit']);
    file[0]?.click?.(undefined as never, undefined, undefined as never);
    expect(lock).toHaveBeenCalledOnce();
  });

  it('Edit has the standard roles, so copy and paste work in every field', () => {
    expect(submenu(build().template, '&Edit').map(describeItem)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('View zooms and goes full screen', () => {
    expect(submenu(build().template, '&View').map(describeItem)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('Help › About Hearth shows the About section', () => {
    const { template, showAbout } = build();
    const about = submenu(template, '&Help').find((item) => item.label === 'About Hearth');
    about?.click?.(undefined as never, undefined, undefined as never);
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('on macOS, About and Quit sit in the menu named after the app, and File does not quit', () => {
    const { template } = build({ isMac: true });
    expect(template[0]?.label).toBe('Hearth');
    expect(submenu(template, 'Hearth').map(describeItem)).toEqual(expect.arrayContaining(['About Hearth', 'quit']));
    expect(submenu(template, '&File').map(describeItem)).not.toContain('quit');
  });
});
