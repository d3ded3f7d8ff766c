/**
 * The names of every IPC channel, and nothing else.
 *
 * Kept apart from the schemas in `contract.ts` so the sandboxed preload can build the bridge from this list
 * without bundling zod. `contract.ts` is checked against this list, so the two cannot drift.
 */

/** Requests from the page to main, named `domain:verb`. */
export const INVOKE_CHANNELS = [
  'app:getInfo',
  'settings:get',
  'settings:update',
  'links:openExternal',
  'keychain:getStatus',
  'keychain:remember',
  'keychain:recall',
  'keychain:forget',
  'files:saveText',
  'window:lastExit',
  'pdf:save',
  'pdf:cancel',
  'backups:status',
  'backups:write',
  'backups:read',
  'backups:openFile',
  'backups:chooseFolder',
  'backups:updatePolicy',
  'dataExport:save',
  'dataExport:open',
  // Reminders (issue 9).
  'reminders:getStatus',
  'reminders:pause',
  'reminders:resume',
  'reminders:setPlannedPractice',
  'settings:takeNotice',
] as const;

/** Events from main to the page, named `domain:didThing`. */
export const EVENT_CHANNELS = ['session:didRequestLock', 'navigation:didRequestRoute', 'reminders:didFire'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

