/**
 * The tray: the app's presence while its window is closed. Owns the menu's items and what each does; the
 * platform only draws them. Like Signal's SystemTrayService, the whole menu comes from one `#render()`, so
 * state that changes the menu later (reminders paused, locked or not) changes it in one place.
 *
 * Labels are ours and fixed: the tray never shows anything a person wrote.
 */
import type { Platform, TrayMenuItem } from '../platform/Platform';

const TRAY_ITEM_IDS = ['open', 'lock', 'quit'] as const;
type TrayItemId = (typeof TRAY_ITEM_IDS)[number];

interface TrayServiceOptions {
  platform: Platform;
  /** Really quits the app (closing the window only hides it to the tray). */
  quit: () => void;
}

/** Builds the tray menu from the app's state and carries out what the person picks from it. */
export class TrayService {
  readonly #platform: Platform;
  readonly #quit: () => void;

  constructor(options: TrayServiceOptions) {
    this.#platform = options.platform;
    this.#quit = options.quit;
  }

  /** Puts Hearth in the tray. Call once, after the app is ready. */
  start(): void {
    this.#platform.tray.setTooltip('Hearth');
    this.#render();
  }

  #render(): void {
    const items: TrayMenuItem[] = [
      { kind: 'action', id: 'open', label: 'Open Hearth' },
      { kind: 'action', id: 'lock', label: 'Lock now' },
      { kind: 'separator' },
      { kind: 'action', id: 'quit', label: 'Quit Hearth' },
    ];
    this.#platform.tray.setMenu(items, (id) => this.#onClick(id));
  }

  #onClick(id: string): void {
    if (!isTrayItemId(id)) return;
    switch (id) {
      case 'open':
        this.#platform.window.show();
        return;
      case 'lock':
        this.#platform.window.send('session:didRequestLock', { reason: 'tray' });
        return;
      case 'quit':
        this.#quit();
        return;
      default: {
        const unhandled: never = id;
        throw new Error(`Unhandled tray item: ${String(unhandled)}`);
      }
    }
  }
}

function isTrayItemId(id: string): id is TrayItemId {
  return (TRAY_ITEM_IDS as readonly string[]).includes(id);
}
