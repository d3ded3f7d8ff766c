/** The tank checks this partner may read, loaded through TankRepo and reloaded after each save. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Space } from './storeShape';
import type { TankEntry } from './tankEntry';
import { TankRepo, type TankStore } from './tankRepo';

const HISTORY_LENGTH = 12;

export type TankState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; entries: TankEntry[] };

export function useTankChecks(store: TankStore) {
  const repo = useMemo(() => new TankRepo(store), [store]);
  const [state, setState] = useState<TankState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    repo.history(HISTORY_LENGTH).then(
      (entries) => isCurrent && setState({ status: 'ready', entries }),
      () => isCurrent && setState({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [repo, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  /** Saves a check and reloads the history; throws what the repo throws. */
  const save = useCallback(
    async (input: { value: number; fill: string; space: Space }) => {
      await repo.save(input);
      reload();
    },
    [repo, reload],
  );

  return { state, save, reload };
}
