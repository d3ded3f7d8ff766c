import type { CrashRecoveryService } from '../../services/crashRecoveryService';
import type { Handlers } from '../ipcDispatcher';

/** What the page may ask about its window: whether main reopened it after a crash (told once). */
export function windowHandlers(recovery: CrashRecoveryService): Pick<Handlers, 'window:lastExit'> {
  return {
    'window:lastExit': () => recovery.takeLastExit(),
  };
}
