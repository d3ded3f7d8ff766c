/** The entries of a folder changed since a time: the part of the system's temporary folder a test could have written. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function recentlyChanged(folder: string, since: number): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(folder).catch(() => [])) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info && Math.max(info.mtimeMs, info.ctimeMs) >= since) found.push(path);
  }
  return found;
}
