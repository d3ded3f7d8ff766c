/**
 * A clock for tests that only moves when told, like Playwright's `page.clock` for main: wall time, a
 * monotonic reading, the IANA time zone and timers, each controllable on its own, so a test can make the
 * computer sleep (wall time moves, monotonic time does not), change the clock by hand (wall time jumps) or
 * travel (the zone changes). Timers run on monotonic time, as Node's do.
 */
import type { PlatformClock } from './Platform';

interface PendingTimer {
  id: number;
  dueMonotonic: number;
  run: () => void;
}

export class ManualClock implements PlatformClock {
  #wall: number;
  #monotonic = 0;
  #zone: string;
  #timers: PendingTimer[] = [];
  #nextId = 1;

  constructor(options: { startAt: number; timeZone: string }) {
    this.#wall = options.startAt;
    this.#zone = options.timeZone;
  }

  now = (): number => this.#wall;
  monotonic = (): number => this.#monotonic;
  timeZone = (): string => this.#zone;

  setTimer = (delayMs: number, run: () => void): (() => void) => {
    const timer = { id: this.#nextId++, dueMonotonic: this.#monotonic + Math.max(0, delayMs), run };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((pending) => pending !== timer);
    };
  };

  /** How many timers are waiting (a service that forgets to cancel shows here). */
  get pendingTimerCount(): number {
    return this.#timers.length;
  }

  /** Lets `ms` pass, firing each timer at its moment in order, as time passing with the computer awake. */
  advance(ms: number): void {
    const target = this.#monotonic + ms;
    for (;;) {
      const next = this.#earliestDue();
      if (!next || next.dueMonotonic > target) break;
      this.#wall += next.dueMonotonic - this.#monotonic;
      this.#monotonic = next.dueMonotonic;
      this.#timers = this.#timers.filter((pending) => pending !== next);
      next.run();
    }
    this.#wall += target - this.#monotonic;
    this.#monotonic = target;
  }

  /** Moves the wall clock alone (the person or the network set the time, or the computer slept). */
  jumpWall(ms: number): void {
    this.#wall += ms;
  }

  setTimeZone(zone: string): void {
    this.#zone = zone;
  }

  #earliestDue(): PendingTimer | undefined {
    let earliest: PendingTimer | undefined;
    for (const timer of this.#timers) {
      if (!earliest || timer.dueMonotonic < earliest.dueMonotonic || (timer.dueMonotonic === earliest.dueMonotonic && timer.id < earliest.id)) {
        earliest = timer;
      }
    }
    return earliest;
  }
}
