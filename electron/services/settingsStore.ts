/**
 * App settings on disk: one JSON file in main's data folder, written atomically (temporary file, then
 * rename) so a crash or a full disk leaves the previous file whole. Holds no user content (see
 * shared/settings/settings.ts). A file that cannot be read or parsed is kept aside, never deleted, and the
 * defaults are used.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '@shared/settings/settings';

export const SETTINGS_FILE = 'settings.json';

export class SettingsStore {
  #file: string;
  #cached: Settings | undefined;
  #writing: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.#file = join(dataDir, SETTINGS_FILE);
  }

  async get(): Promise<Settings> {
    this.#cached ??= await this.#read();
    return { ...this.#cached };
  }

  /** Updates are queued so two at once cannot lose each other's change. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const run = this.#writing.then(async () => {
      const next = settingsSchema.parse({ ...(await this.get()), ...patch });
      await writeAtomically(this.#file, `${JSON.stringify(next, null, 2)}\n`);
      this.#cached = next;
      return { ...next };
    });
    this.#writing = run.catch(() => undefined);
    return run;
  }

  async #read(): Promise<Settings> {
    let text: string;
    try {
      text = await fs.readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...DEFAULT_SETTINGS };
      throw error;
    }
    const parsed = settingsSchema.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    // Keep the unreadable file for a person to look at; start from defaults.
    await fs.rename(this.#file, `${this.#file}.unreadable-${Date.now()}`).catch(() => undefined);
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
