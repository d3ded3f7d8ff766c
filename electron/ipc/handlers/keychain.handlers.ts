import { KeychainUnsafeError, type RememberedKeyStore } from '../../services/rememberedKeyStore';
import { expectAs } from '../ExpectedError';
import type { Handlers } from '../ipcDispatcher';

export function keychainHandlers(
  store: RememberedKeyStore,
): Pick<Handlers, 'keychain:getStatus' | 'keychain:remember' | 'keychain:recall' | 'keychain:forget'> {
  return {
    'keychain:getStatus': () => store.status(),
    'keychain:remember': ({ vaultId, partner, secretB64 }) =>
      store.remember(vaultId, { partner, secretB64 }).catch(expectAs(KeychainUnsafeError, 'NOT_ALLOWED')),
    'keychain:recall': ({ vaultId }) => store.recall(vaultId),
    'keychain:forget': ({ vaultId }) => store.forget(vaultId),
  };
}
