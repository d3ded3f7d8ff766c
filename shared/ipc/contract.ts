/**
 * The IPC contract: every channel's input schema and output type, defined once.
 *
 * Main validates every input against these schemas before a handler runs (see electron/ipc/ipcDispatcher.ts);
 * the preload exposes one method per channel (shared/ipc/buildBridge.ts); the renderer reads the bridge in
 * exactly one module (renderer/src/platform/bridge.ts). Payloads are plain JSON objects.
 */
import { z } from 'zod';
import { ROUTE_IDS, type RouteId } from '../routes';
import { settingsPatchSchema, type Settings } from '../settings/settings';
import type { EventChannel, InvokeChannel } from './channels';

/** A channel's input schema, with its output type carried along for the type checker only. */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Never set at run time; only carries the output type. */
  readonly output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}

const noInput = z.object({}).strict();

export interface AppInfo {
  name: string;
  version: string;
  platform: 'darwin' | 'win32' | 'linux' | 'other';
  isPackaged: boolean;
}

export type OpenExternalOutcome = 'opened' | 'declined';

export const contract = {
  /** Name, version and platform, for the About section. */
  'app:getInfo': channel<AppInfo>()(noInput),
  /** The current app settings (never any user content). */
  'settings:get': channel<Settings>()(noInput),
  /** Changes some settings; answers with all of them as stored. */
  'settings:update': channel<Settings>()(settingsPatchSchema),
  /**
   * Opens an https address in the system browser, only after the person confirms in a native dialog.
   * Anything but a plain https URL is refused before the dialog is shown.
   */
  'links:openExternal': channel<OpenExternalOutcome>()(
    z.object({ url: z.string().min(1).max(2048) }).strict(),
  ),
} satisfies Record<InvokeChannel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ChannelInput<C extends InvokeChannel> = z.input<Contract[C]['input']>;
export type ParsedChannelInput<C extends InvokeChannel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = NonNullable<Contract[C]['output']>;

export type LockReason = 'tray' | 'suspend' | 'lock-screen';

/** Events from main to the page and their payloads. */
export interface EventPayloads {
  /** Main asks the page to lock: from the tray, or because the computer sleeps or its screen locks. */
  'session:didRequestLock': { reason: LockReason };
  /** Main asks the page to show a place (a tray item, a reminder clicked). */
  'navigation:didRequestRoute': { route: RouteId };
}

export const eventSchemas = {
  'session:didRequestLock': z.object({ reason: z.enum(['tray', 'suspend', 'lock-screen']) }).strict(),
  'navigation:didRequestRoute': z.object({ route: z.enum(ROUTE_IDS) }).strict(),
} satisfies { [E in EventChannel]: z.ZodType<EventPayloads[E]> };
