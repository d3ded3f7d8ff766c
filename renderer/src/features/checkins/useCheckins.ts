/**
 * The check-ins the unlocked partner may see, loaded through CheckinRepo, and reloaded after each of their
 * own saves. Only one partner is unlocked at a time on this computer, so nothing else changes them meanwhile.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RecordStore } from '@renderer/data';
import type { CheckinEntry } from './checkinEntry';
import { CheckinRepo } from './checkinRepo';

export type CheckinsState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; entries: CheckinEntry[] };

export function useCheckins(records: RecordStore) {
  const repo = useMemo(() => new CheckinRepo(records), [records]);
  const [state, setState] = useState<CheckinsState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    repo.list().then(
      (entries) => isCurrent && setState({ status: 'ready', entries }),
      () => isCurrent && setState({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [repo, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { repo, state, reload };
}
