import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOSTART_FILE, autostartEntry, setLinuxAutostart } from './linuxAutostart';

describe('the Linux autostart entry', () => {
  it('is written when turned on and removed when turned off', () => {
    const home = mkdtempSync(join(tmpdir(), 'hearth-autostart-'));
    const file = join(home, 'autostart', AUTOSTART_FILE);
    setLinuxAutostart(home, '/opt/Hearth/hearth', true, ['--hidden']);
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Hearth/hearth" --hidden\n');
    setLinuxAutostart(home, '/opt/Hearth/hearth', false);
    expect(existsSync(file)).toBe(false);
    // Turning off what is already off is fine.
    expect(() => setLinuxAutostart(home, '/opt/Hearth/hearth', false)).not.toThrow();
  });

  it('quotes a path with spaces and escapes the characters the Exec key reserves', () => {
    expect(autostartEntry('/home/a b/Hearth "x" $HOME.AppImage')).toContain('Exec="/home/a b/Hearth \\"x\\" \\$HOME.AppImage"');
  });
});
