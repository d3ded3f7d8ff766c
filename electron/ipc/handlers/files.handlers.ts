import { promises as fs } from 'node:fs';
import type { Platform } from '../../platform/Platform';
import type { Handlers } from '../ipcDispatcher';

/**
 * Saving text the person asked to keep (their recovery key). The file goes only where they choose in the
 * system's save dialog, readable by them alone.
 */
export function filesHandlers(platform: Platform): Pick<Handlers, 'files:saveText'> {
  return {
    'files:saveText': async ({ suggestedName, text }) => {
      const path = await platform.dialogs.chooseSavePath({ title: 'Save your recovery key', suggestedName });
      if (!path) return 'cancelled';
      await fs.writeFile(path, text.endsWith('\n') ? text : `${text}\n`, { encoding: 'utf8', mode: 0o600 });
      return 'saved';
    },
  };
}
