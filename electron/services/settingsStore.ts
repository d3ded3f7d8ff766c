/**
 * App settings on disk: one JSON file in main's data folder, written atomically (temporary file, then
 * rename) so a crash or a full disk leaves the previous file whole. Holds no user content (see
 * shared/settings/settings.ts). A file that cannot be read or parsed is kept aside, never deleted, and the
 * defaults are used.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { SettingsNotice } from '@shared/ipc/contract';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '@shared/settings/settings';

export const SETTINGS_FILE = 'settings.json';

export class SettingsStore {
  #file: string;
  #cached: Settings | undefined;
  #reading: Promise<Settings> | undefined;
  #writing: Promise<unknown> = Promise.resolve();
  readonly #changeListeners: ((settings: Settings) => void)[] = [];
  #notice: SettingsNotice | null = null;

  constructor(dataDir: string) {
    this.#file = join(dataDir, SETTINGS_FILE);
  }

  async get(): Promise<Settings> {
    // One read for everyone who asks at start (the page, the scheduler, the tray): two reads at once would
    // both find a bad file, and the second could not set aside what the first already had.
    this.#reading ??= this.#read();
    this.#cached ??= await this.#reading;
    return { ...this.#cached };
  }

  /** Told after each change is safely on disk (reminders re-arm, the login item follows). */
  onChange(listener: (settings: Settings) => void): void {
    this.#changeListeners.push(listener);
  }

  /**
   * Updates are queued so two at once cannot lose each other's change. Main's own callers may also set the
   * fields the page cannot (reminder pause, planned practice); the full schema checks every write.
   */
  async update(patch: SettingsPatch | Partial<Settings>): Promise<Settings> {
    const run = this.#writing.then(async () => {
      const next = settingsSchema.parse({ ...(await this.get()), ...patch });
      await writeAtomically(this.#file, `${JSON.stringify(next, null, 2)}\n`);
      this.#cached = next;
      for (const listener of this.#changeListeners) listener({ ...next });
      return { ...next };
    });
    this.#writing = run.catch(() => undefined);
    return run;
  }

  /** Told once: the file was unreadable at start, and where it was kept. Null when there is nothing to tell. */
  async takeNotice(): Promise<SettingsNotice | null> {
    await this.get().catch(() => undefined);
    const notice = this.#notice;
    this.#notice = null;
    return notice;
  }

  async #read(): Promise<Settings> {
    let text: string;
    try {
      text = await fs.readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...DEFAULT_SETTINGS };
      // Unreadable (permissions, a folder in its place, a disk error): the same as unparseable.
      return this.#setAside();
    }
    const parsed = settingsSchema.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    return this.#setAside();
  }

  /** Keeps the unreadable file for a person to look at, never deletes it, and starts from the defaults. */
  async #setAside(): Promise<Settings> {
    const keptAs = `${this.#file}.unreadable-${Date.now()}`;
    const isKept = await fs.rename(this.#file, keptAs).then(
      () => true,
      () => false,
    );
    this.#notice = { problem: 'unreadable-file', keptAs: isKept ? keptAs : null };
    return { ...DEFAULT_SETTINGS };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function writeAtomically(file: string, contents: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temporary, file);
}
