/**
 * Main's reminder scheduler: arms a timer for the next reminder and shows it when it comes, whether the
 * vault is locked or the window closed (the schedule holds times and kinds only, and needs no key).
 *
 * Every decision is in shared/reminders' pure rules; this service only decides *when to look*: at the
 * next reminder's moment, when the computer wakes, when settings change, and once a minute to notice what
 * no timer can (the wall clock set by hand or changed by a sleep, measured against the monotonic clock; the
 * time zone changing). Notification texts are fixed per kind (reminderTexts.ts): nothing anyone wrote.
 */
import {
  CATCH_UP_BODY,
  dueReminders,
  initialScheduleState,
  nextReminder,
  pauseUntil,
  REMINDER_PATHS,
  REMINDER_TEXTS,
  SNOOZE_CHOICES,
  SNOOZE_LABELS,
  snoozeUntil,
  withSnooze,
  type Firing,
  type PauseChoice,
  type ScheduleInput,
  type ScheduleState,
  type SnoozeChoice,
  type UpcomingReminder,
} from '@shared/reminders';
import type { ReminderKind, ReminderPause } from '@shared/settings/reminderSettings';
import type { Settings } from '@shared/settings/settings';
import type { Platform } from '../platform/Platform';
import type { SettingsStore } from './settingsStore';

/** How often main looks for a changed zone or a jumped wall clock. */
export const WATCH_INTERVAL_MS = 60_000;
/** Wall and monotonic time may drift apart this much in a minute before it counts as a jump. */
const JUMP_TOLERANCE_MS = 5_000;

/** What the tray and the page are told about reminders (times and kinds only). */
export interface ReminderStatus {
  next: UpcomingReminder | null;
  pause: ReminderPause;
  /** A reminder shown and not yet opened or snoozed. */
  waiting: ReminderKind | null;
  timeZone: string;
  now: number;
}

interface ReminderSchedulerOptions {
  platform: Platform;
  settings: SettingsStore;
  /** Told when a failure would otherwise go unseen (never with content; the settings hold none anyway). */
  onError?: (error: unknown) => void;
}

export class ReminderScheduler {
  readonly #platform: Platform;
  readonly #settings: SettingsStore;
  readonly #onError: (error: unknown) => void;
  #current: Settings | undefined;
  #state: ScheduleState;
  #waiting: ReminderKind | null = null;
  #cancelTimer: (() => void) | undefined;
  #cancelWatch: (() => void) | undefined;
  #lastLook: { wall: number; monotonic: number; zone: string };
  readonly #listeners: (() => void)[] = [];

  constructor(options: ReminderSchedulerOptions) {
    this.#platform = options.platform;
    this.#settings = options.settings;
    this.#onError = options.onError ?? (() => {});
    const clock = this.#platform.clock;
    // What was due before Hearth started is not caught up: nothing says it went unseen.
    this.#state = initialScheduleState(clock.now());
    this.#lastLook = { wall: clock.now(), monotonic: clock.monotonic(), zone: clock.timeZone() };
  }

  /** Reads the settings and starts watching. Call once. */
  async start(): Promise<void> {
    this.#current = await this.#settings.get();
    this.#settings.onChange((settings) => {
      // Resumed by hand: everything up to now fell in the pause, and a pause saves nothing up.
      if (this.#current?.remindersPause !== null && settings.remindersPause === null) {
        this.#state = { ...this.#state, checkedUpTo: this.#platform.clock.now() };
      }
      this.#current = settings;
      this.#look();
    });
    this.#platform.power.onResume(() => this.#look());
    this.#platform.power.onSuspend(() => this.#cancelTimer?.());
    this.#watch();
    this.#look();
  }

  /** Told whenever the status may have changed (the tray redraws). */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  status(): ReminderStatus {
    const now = this.#platform.clock.now();
    const input = this.#input();
    return {
      next: input ? nextReminder(this.#state, input, now) : null,
      pause: this.#current?.remindersPause ?? null,
      waiting: this.#waiting,
      timeZone: this.#platform.clock.timeZone(),
      now,
    };
  }

  /** Whether a snooze choice makes sense now ("tonight" late in the evening does not). */
  canSnooze(choice: SnoozeChoice): boolean {
    const quiet = this.#current?.reminders.quietHours;
    return quiet !== undefined && snoozeUntil(choice, this.#platform.clock.now(), this.#platform.clock.timeZone(), quiet) !== null;
  }

  /** Brings the waiting reminder back later. Returns false when the choice makes no sense now. */
  snooze(choice: SnoozeChoice, kind: ReminderKind | null = this.#waiting): boolean {
    if (!kind || !this.#current) return false;
    const zone = this.#platform.clock.timeZone();
    const at = snoozeUntil(choice, this.#platform.clock.now(), zone, this.#current.reminders.quietHours);
    if (at === null) return false;
    this.#state = { ...this.#state, snoozes: withSnooze(this.#state.snoozes, kind, at) };
    this.#setWaiting(null);
    this.#look();
    return true;
  }

  async pause(choice: PauseChoice | 'until-resumed'): Promise<void> {
    const clock = this.#platform.clock;
    const until = choice === 'until-resumed' ? choice : pauseUntil(choice, clock.now(), clock.timeZone());
    await this.#settings.update({ remindersPause: until });
  }

  async resume(): Promise<void> {
    await this.#settings.update({ remindersPause: null });
  }

  /** From the page, while unlocked: until when a planned practice is still to do (a moment, not which). */
  async setPlannedPracticeUntil(until: number | null): Promise<void> {
    if (this.#current?.plannedPracticeUntil === until) return;
    await this.#settings.update({ plannedPracticeUntil: until });
  }

  /** The person opened Hearth: whatever was waiting has been seen. */
  markSeen(): void {
    this.#setWaiting(null);
  }

  /** Stops every timer (tests; quitting). */
  stop(): void {
    this.#cancelTimer?.();
    this.#cancelWatch?.();
  }

  #input(): ScheduleInput | undefined {
    const settings = this.#current;
    if (!settings) return undefined;
    return {
      settings: settings.reminders,
      pause: settings.remindersPause,
      plannedPracticeUntil: settings.plannedPracticeUntil,
      zone: this.#platform.clock.timeZone(),
    };
  }

  /** Fires what is due, then arms the timer for what comes next. */
  #look(): void {
    const input = this.#input();
    if (!input) return;
    const clock = this.#platform.clock;
    this.#lastLook = { wall: clock.now(), monotonic: clock.monotonic(), zone: input.zone };
    const step = dueReminders(this.#state, input, clock.now());
    this.#state = step.state;
    for (const firing of step.firings) this.#show(firing);
    this.#arm(input);
    this.#listeners.forEach((listener) => listener());
  }

  #arm(input: ScheduleInput): void {
    this.#cancelTimer?.();
    const now = this.#platform.clock.now();
    const next = nextReminder(this.#state, input, now);
    this.#cancelTimer = next ? this.#platform.clock.setTimer(next.at - now, () => this.#look()) : undefined;
  }

  /** Once a minute: has the zone changed, or has wall time moved apart from time passing? */
  #watch(): void {
    this.#cancelWatch = this.#platform.clock.setTimer(WATCH_INTERVAL_MS, () => {
      const clock = this.#platform.clock;
      const wallMoved = clock.now() - this.#lastLook.wall;
      const timePassed = clock.monotonic() - this.#lastLook.monotonic;
      const hasJumped = Math.abs(wallMoved - timePassed) > JUMP_TOLERANCE_MS;
      if (hasJumped || clock.timeZone() !== this.#lastLook.zone) this.#look();
      else this.#lastLook = { wall: clock.now(), monotonic: clock.monotonic(), zone: this.#lastLook.zone };
      this.#watch();
    });
  }

  #show(firing: Firing): void {
    const text = REMINDER_TEXTS[firing.kind];
    const body = firing.reason === 'catch-up' ? CATCH_UP_BODY : text.body;
    this.#setWaiting(firing.kind);
    if (!this.#platform.notifications.isSupported()) {
      // No notifications here: the page shows a banner, and the tray's icon says a reminder is waiting.
      this.#platform.window.send('reminders:didFire', { kind: firing.kind });
      return;
    }
    const actions = SNOOZE_CHOICES.filter((choice) => choice === '10-minutes' || choice === 'an-hour').map((choice) => ({ id: choice, label: SNOOZE_LABELS[choice] }));
    try {
      this.#platform.notifications.show(
        { title: text.title, body, actions },
        () => this.#open(firing.kind),
        (actionId) => {
          const choice = SNOOZE_CHOICES.find((known) => known === actionId);
          if (choice) this.snooze(choice, firing.kind);
        },
      );
    } catch (error) {
      this.#onError(error);
      this.#platform.window.send('reminders:didFire', { kind: firing.kind });
    }
  }

  /** A reminder clicked: the window, on the ritual's screen (behind the lock screen when locked). */
  #open(kind: ReminderKind): void {
    this.#setWaiting(null);
    this.#platform.window.show();
    this.#platform.window.send('navigation:didRequestRoute', { path: REMINDER_PATHS[kind] });
  }

  #setWaiting(kind: ReminderKind | null): void {
    if (this.#waiting === kind) return;
    this.#waiting = kind;
    this.#platform.tray.setIcon(kind ? 'waiting' : 'idle');
    this.#listeners.forEach((listener) => listener());
  }
}
