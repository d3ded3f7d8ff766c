/**
 * The one module in the page that reads `window.hearth`, the bridge the preload exposes.
 *
 * `mainApi` is a typed facade over it, one method per channel grouped by domain
 * (`mainApi.settings.update(patch)`), derived from the shared contract: each method resolves with the
 * channel's value or rejects with a `BridgeError`, so features see plain async functions. Adding a channel to
 * the contract fails the type checker here until the facade has it. Nothing else in renderer/ may touch
 * `window.hearth` (lint forbids it).
 */
import type { EventChannel } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';
import { BRIDGE_GLOBAL, type BridgeInvokers, type HearthBridge } from '@shared/ipc/bridgeTypes';
import type { IpcError, IpcResult } from '@shared/ipc/result';

export class BridgeError extends Error {
  readonly code: IpcError['code'];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
  }
}

/** A bridge method with its envelope unwrapped; channels whose input has no fields may be called without one. */
type Unwrapped<M> = M extends (input: infer I) => Promise<IpcResult<infer O>>
  ? I extends Record<string, never>
    ? (input?: I) => Promise<O>
    : (input: I) => Promise<O>
  : never;

/** The page's view of main: every channel of the contract, by domain and verb. */
export type MainApi = {
  readonly [D in keyof BridgeInvokers]: { readonly [V in keyof BridgeInvokers[D]]: Unwrapped<BridgeInvokers[D][V]> };
};

function bridge(): HearthBridge {
  const found = (globalThis as unknown as Record<string, HearthBridge | undefined>)[BRIDGE_GLOBAL];
  if (!found) throw new Error('Hearth must run inside its desktop app: the bridge to the main process is missing.');
  return found;
}

/** True when the page runs inside the app (or the test rig), with the bridge present. */
export function hasBridge(): boolean {
  return (globalThis as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] !== undefined;
}

/** Calls one bridge method; a missing bridge, like a failed call, arrives as a rejection. */
async function call<T>(send: (hearth: HearthBridge) => Promise<IpcResult<T>>): Promise<T> {
  const result = await send(bridge());
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
}

export const mainApi: MainApi = Object.freeze({
  app: {
    getInfo: (input = {}) => call((hearth) => hearth.app.getInfo(input)),
  },
  settings: {
    get: (input = {}) => call((hearth) => hearth.settings.get(input)),
    update: (patch) => call((hearth) => hearth.settings.update(patch)),
    takeNotice: (input = {}) => call((hearth) => hearth.settings.takeNotice(input)),
  },
  links: {
    openExternal: (input) => call((hearth) => hearth.links.openExternal(input)),
  },
  keychain: {
    getStatus: (input = {}) => call((hearth) => hearth.keychain.getStatus(input)),
    remember: (input) => call((hearth) => hearth.keychain.remember(input)),
    recall: (input) => call((hearth) => hearth.keychain.recall(input)),
    forget: (input) => call((hearth) => hearth.keychain.forget(input)),
  },
  files: {
    saveText: (input) => call((hearth) => hearth.files.saveText(input)),
  },
  window: {
    lastExit: (input = {}) => call((hearth) => hearth.window.lastExit(input)),
  },
  pdf: {
    save: (input) => call((hearth) => hearth.pdf.save(input)),
    cancel: (input) => call((hearth) => hearth.pdf.cancel(input)),
  },
  backups: {
    status: (input = {}) => call((hearth) => hearth.backups.status(input)),
    write: (input) => call((hearth) => hearth.backups.write(input)),
    read: (input) => call((hearth) => hearth.backups.read(input)),
    openFile: (input = {}) => call((hearth) => hearth.backups.openFile(input)),
    chooseFolder: (input = {}) => call((hearth) => hearth.backups.chooseFolder(input)),
    updatePolicy: (input) => call((hearth) => hearth.backups.updatePolicy(input)),
  },
  dataExport: {
    save: (input) => call((hearth) => hearth.dataExport.save(input)),
    open: (input = {}) => call((hearth) => hearth.dataExport.open(input)),
  },
  reminders: {
    getStatus: (input = {}) => call((hearth) => hearth.reminders.getStatus(input)),
    pause: (input) => call((hearth) => hearth.reminders.pause(input)),
    resume: (input = {}) => call((hearth) => hearth.reminders.resume(input)),
    setPlannedPractice: (input) => call((hearth) => hearth.reminders.setPlannedPractice(input)),
  },
});

/** Listens for an event from main; returns a function that stops listening. */
export function onMainEvent<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return bridge().on(event, listener);
}
