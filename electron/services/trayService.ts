/**
 * The tray: the app's presence while its window is closed. Owns the menu's items and what each does; the
 * platform only draws them. Like Signal's SystemTrayService, the whole menu comes from one `#render()`,
 * run again whenever the reminders' state changes (paused, a reminder waiting).
 *
 * Labels and the tooltip are ours and fixed: the tray never shows anything a person wrote. Items that
 * need the vault send the page a path; a locked page keeps it and goes there after unlocking.
 */
import { exercisePaths, type AppPath } from '@shared/routes';
import { PAUSE_LABELS, SNOOZE_CHOICES, SNOOZE_LABELS, type SnoozeChoice } from '@shared/reminders';
import type { Platform, TrayMenuItem } from '../platform/Platform';
import type { ReminderScheduler } from './reminderScheduler';

/** The items that open a screen, with their fixed labels and where they go. */
const SCREEN_ITEMS = [
  { id: 'appreciation', label: "Write tonight's appreciation", path: '/journal' },
  { id: 'checkin', label: 'Check in', path: '/checkins' },
  { id: 'talk', label: 'Start the 20-minute talk', path: exercisePaths.talk },
] as const satisfies readonly { id: string; label: string; path: AppPath }[];

const TOOLTIPS = { idle: 'Hearth', waiting: 'Hearth: a reminder is waiting', paused: 'Hearth: reminders paused' } as const;

interface TrayServiceOptions {
  platform: Platform;
  reminders: ReminderScheduler;
  /** Really quits the app (closing the window only hides it to the tray). */
  quit: () => void;
}

/** Builds the tray menu from the app's state and carries out what the person picks from it. */
export class TrayService {
  readonly #platform: Platform;
  readonly #reminders: ReminderScheduler;
  readonly #quit: () => void;

  constructor(options: TrayServiceOptions) {
    this.#platform = options.platform;
    this.#reminders = options.reminders;
    this.#quit = options.quit;
  }

  /** Puts Hearth in the tray. Call once, after the app is ready. */
  start(): void {
    this.#reminders.onChange(() => this.#render());
    this.#render();
  }

  #render(): void {
    const status = this.#reminders.status();
    const isPaused = status.pause !== null;
    const items: TrayMenuItem[] = [
      { kind: 'action', id: 'open', label: 'Open Hearth' },
      ...SCREEN_ITEMS.map(({ id, label }): TrayMenuItem => ({ kind: 'action', id, label })),
      { kind: 'separator' },
      ...(status.waiting ? this.#snoozeItems() : []),
      { kind: 'action', id: 'pause:an-hour', label: PAUSE_LABELS['an-hour'], enabled: !isPaused },
      { kind: 'action', id: 'pause:until-tomorrow', label: PAUSE_LABELS['until-tomorrow'], enabled: !isPaused },
      { kind: 'action', id: 'resume', label: 'Resume reminders', enabled: isPaused },
      { kind: 'separator' },
      { kind: 'action', id: 'lock', label: 'Lock now' },
      { kind: 'action', id: 'quit', label: 'Quit Hearth' },
    ];
    this.#platform.tray.setMenu(items, (id) => this.#onClick(id));
    this.#platform.tray.setTooltip(status.waiting ? TOOLTIPS.waiting : isPaused ? TOOLTIPS.paused : TOOLTIPS.idle);
  }

  /** Snoozing from the tray, for systems whose notifications have no buttons. */
  #snoozeItems(): TrayMenuItem[] {
    const choices = SNOOZE_CHOICES.filter((choice) => this.#reminders.canSnooze(choice));
    return [...choices.map((choice): TrayMenuItem => ({ kind: 'action', id: `snooze:${choice}`, label: SNOOZE_LABELS[choice] })), { kind: 'separator' }];
  }

  #onClick(id: string): void {
    const screen = SCREEN_ITEMS.find((item) => item.id === id);
    if (screen) return this.#open(screen.path);
    const snooze = SNOOZE_CHOICES.find((choice) => id === `snooze:${choice}`);
    if (snooze) return void this.#reminders.snooze(snooze satisfies SnoozeChoice);
    switch (id) {
      case 'open':
        this.#reminders.markSeen();
        this.#platform.window.show();
        return;
      case 'pause:an-hour':
      case 'pause:until-tomorrow':
        // A failed write changes nothing, so the menu, drawn from the stored state, still says so.
        this.#reminders.pause(id === 'pause:an-hour' ? 'an-hour' : 'until-tomorrow').catch(() => undefined);
        return;
      case 'resume':
        this.#reminders.resume().catch(() => undefined);
        return;
      case 'lock':
        this.#platform.window.send('session:didRequestLock', { reason: 'tray' });
        return;
      case 'quit':
        this.#quit();
        return;
      default:
        return; // not one of ours (a separator, a stale id): nothing to do
    }
  }

  #open(path: AppPath): void {
    this.#reminders.markSeen();
    this.#platform.window.show();
    this.#platform.window.send('navigation:didRequestRoute', { path });
  }
}
