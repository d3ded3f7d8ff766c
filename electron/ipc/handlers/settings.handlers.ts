import type { SettingsStore } from '../../services/settingsStore';
import type { Handlers } from '../ipcDispatcher';

export function settingsHandlers(store: SettingsStore): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => store.get(),
    'settings:update': (patch) => store.update(patch),
  };
}
