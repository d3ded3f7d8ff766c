/** Whether this computer's keychain can keep a remembered key, asked of main once per mount. */
import { useEffect, useState } from 'react';
import type { KeychainStatus } from '@shared/ipc/contract';
import { mainApi } from '@renderer/platform/bridge';

export type KeychainState = { phase: 'checking' } | { phase: 'known'; status: KeychainStatus } | { phase: 'failed' };

export function useKeychainStatus(): KeychainState {
  const [state, setState] = useState<KeychainState>({ phase: 'checking' });
  useEffect(() => {
    let isCurrent = true;
    mainApi.keychain.getStatus().then(
      (status) => isCurrent && setState({ phase: 'known', status }),
      () => isCurrent && setState({ phase: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
