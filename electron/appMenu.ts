/**
 * The application menu, built explicitly so a packaged Hearth has no Reload and no developer tools.
 * Electron's default menu has both: Reload would throw the page away without sealing its open drafts first
 * (a lock does that), and the tools would open the page's memory to anyone at the keyboard.
 *
 * Plain code returning a template; main.ts hands it to Electron. Labels are ours and fixed.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  /** Running from source with the dev server: adds Reload and the developer tools to View. */
  isDevelopment: boolean;
  /** macOS puts About and Quit in the app's own menu, named after the app. */
  isMac: boolean;
  /** Asks the page to lock (it seals its drafts first). */
  lock: () => void;
  /** Shows the window at Settings, where About Hearth is. */
  showAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { isDevelopment, isMac, lock, showAbout } = options;
  const about: MenuItemConstructorOptions = { label: 'About Hearth', click: showAbout };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: 'Quit Hearth' };
  const macAppMenu: MenuItemConstructorOptions = {
    label: 'Hearth',
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, quit],
  };
  return [
    ...(isMac ? [macAppMenu] : []),
    {
      label: '&File',
      submenu: [{ label: 'Lock Hearth', click: lock }, separator, { role: 'close', label: 'Close Window' }, ...(isMac ? [] : [quit])],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
        ...(isDevelopment ? [separator, { role: 'reload' } as const, { role: 'forceReload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    { label: '&Window', role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: isMac ? [] : [about] },
  ];
}
