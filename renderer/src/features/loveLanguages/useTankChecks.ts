/** The tank checks this partner may read, loaded through TankRepo and reloaded after each save. */
import { useCallback, useMemo } from 'react';
import { useLoad } from '@renderer/lib/useLoad';
import type { Space } from '@shared/partners';
import type { TankEntry } from './tankEntry';
import type { RecordStore } from '@renderer/data';
import { TankRepo } from './tankRepo';

const HISTORY_LENGTH = 12;

export type TankState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; entries: TankEntry[] };

export function useTankChecks(store: RecordStore) {
  const repo = useMemo(() => new TankRepo(store), [store]);
  const load = useCallback(() => repo.history(HISTORY_LENGTH), [repo]);
  const { state: loaded, retry: reload } = useLoad(load);
  const state: TankState = loaded.status === 'ready' ? { status: 'ready', entries: loaded.value } : loaded;

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
