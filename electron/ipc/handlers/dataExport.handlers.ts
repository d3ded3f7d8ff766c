import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { MAX_EXPORT_CHARS } from '@shared/export/openExport';
import type { Platform } from '../../platform/Platform';
import { ExpectedError } from '../ExpectedError';
import type { Handlers } from '../ipcDispatcher';

/**
 * The open export's files: saved only where the person chooses (readable by them alone), and read from a
 * file they pick for import. The page builds and checks the contents; main never looks inside.
 */
export function dataExportHandlers(platform: Platform): Pick<Handlers, 'dataExport:save' | 'dataExport:open'> {
  return {
    'dataExport:save': async ({ suggestedName, text }) => {
      const path = await platform.dialogs.chooseSavePath({ title: 'Save your export (it is not encrypted)', suggestedName });
      if (!path) return 'cancelled';
      await fs.writeFile(path, text, { encoding: 'utf8', mode: 0o600 });
      return 'saved';
    },
    'dataExport:open': async () => {
      const path = await platform.dialogs.chooseOpenPath({ title: 'Choose a Hearth export', filterName: 'Hearth exports', extensions: ['json'] });
      if (!path) return null;
      const stat = await fs.stat(path).catch(() => undefined);
      if (!stat?.isFile()) throw new ExpectedError('FAILED', "Hearth couldn't read that file.");
      if (stat.size > MAX_EXPORT_CHARS) throw new ExpectedError('FAILED', 'That file is far larger than any Hearth export.');
      return { name: basename(path), text: await fs.readFile(path, 'utf8') };
    },
  };
}
