/**
 * "Start Hearth at login" on Linux: the freedesktop autostart entry (`~/.config/autostart/hearth.desktop`),
 * which GNOME, KDE, Xfce and most other desktops read; Electron's login-item API covers only macOS and
 * Windows. Plain Node, so it is tested without Electron.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AUTOSTART_FILE = 'hearth.desktop';

/** The entry's text. Only the program's path and fixed arguments; nothing about the person. */
export function autostartEntry(executable: string, args: readonly string[] = []): string {
  // The Exec key quotes its argument and escapes a double quote, backslash, backtick and dollar inside it.
  const quoted = `"${executable.replace(/(["\\`$])/g, '\\$1')}"`;
  const exec = [quoted, ...args].join(' ');
  return ['[Desktop Entry]', 'Type=Application', 'Name=Hearth', `Exec=${exec}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

/** Writes or removes the entry under `configHome` (XDG_CONFIG_HOME, usually `~/.config`). */
export function setLinuxAutostart(configHome: string, executable: string, isOn: boolean, args: readonly string[] = []): void {
  const dir = join(configHome, 'autostart');
  const file = join(dir, AUTOSTART_FILE);
  if (!isOn) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, autostartEntry(executable, args), { mode: 0o644 });
}
