/**
 * The adjustable lengths of the guided timers and how they read on screen. Plain numbers and words; the
 * timer itself is turnTimer.ts.
 */

const MINUTE_MS = 60_000;

/** The 20-minute talk: two equal turns, 10 minutes each unless the couple chooses otherwise. */
export const TALK_TURN_MINUTES = { min: 5, max: 20, default: 10 } as const;

/** The device-free hour: an hour unless the couple chooses otherwise. */
export const DEVICE_FREE_MINUTES = { min: 15, max: 180, step: 5, default: 60 } as const;

/** A whole number of minutes within the limits (the default for anything that is not a number). */
export function clampMinutes(value: number, limits: { min: number; max: number; default: number }): number {
  if (!Number.isFinite(value)) return limits.default;
  return Math.min(limits.max, Math.max(limits.min, Math.round(value)));
}

/** The talk's two turns, in milliseconds, for the chosen minutes per turn. */
export function talkTurnsMs(minutesPerTurn: number): [number, number] {
  const ms = clampMinutes(minutesPerTurn, TALK_TURN_MINUTES) * MINUTE_MS;
  return [ms, ms];
}

/** The device-free timer's single turn, in milliseconds. */
export function deviceFreeTurnsMs(minutes: number): [number] {
  return [clampMinutes(minutes, DEVICE_FREE_MINUTES) * MINUTE_MS];
}

/**
 * A countdown as mm:ss (or h:mm:ss past an hour). Seconds round up, so a fresh ten-minute turn reads
 * 10:00 and the display reaches 00:00 only when the time is really up.
 */
export function clockText(remainingMs: number): string {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** A length of time in words, for screen readers and the log: "18 minutes 20 seconds", "1 hour", "45 seconds". */
export function durationText(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(plural(hours, 'hour'));
  if (minutes > 0) parts.push(plural(minutes, 'minute'));
  if (rest > 0 && hours === 0) parts.push(plural(rest, 'second'));
  return parts.length > 0 ? parts.join(' ') : '0 minutes';
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
