import type { SettingsStore } from '../../services/settingsStore';
import type { Handlers } from '../ipcDispatcher';

export function settingsHandlers(store: SettingsStore): Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:takeNotice'> {
  return {
    'settings:get': () => store.get(),
    'settings:update': (patch) => store.update(patch),
    'settings:takeNotice': () => store.takeNotice(),
  };
}
