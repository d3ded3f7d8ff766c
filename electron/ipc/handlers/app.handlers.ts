import type { AppInfo } from '@shared/ipc/contract';
import type { Platform } from '../../platform/Platform';
import type { Handlers } from '../ipcDispatcher';

export function appHandlers(platform: Platform): Pick<Handlers, 'app:getInfo'> {
  return {
    'app:getInfo': (): AppInfo => {
      const os = platform.app.platform();
      return {
        name: platform.app.name(),
        version: platform.app.version(),
        platform: os === 'darwin' || os === 'win32' || os === 'linux' ? os : 'other',
        isPackaged: platform.app.isPackaged(),
      };
    },
  };
}
