/**
 * What Today reads from the vault, one small load per part. Each starts after the first paint; the day
 * count waits for an idle moment as well. Only dates, authors and this week's check-in view leave here:
 * never the words of an appreciation.
 */
import { useCallback } from 'react';
import { weekKey } from '@shared/checkins';
import { CheckinRepo, weekViewOf, type WeekView } from '@renderer/features/checkins';
import type { VaultSession } from '@renderer/features/vault';
import { localDayBounds } from './dayMaths';
import { countDaysShownUp } from './daysShownUp';
import { writtenTonight, type WrittenTonight } from './tonight';
import { useLoad, type Loaded } from '@renderer/lib/useLoad';

/** Enough check-ins to cover this week: daily ones for two, the weekly ones and their private notes. */
const WEEK_LOOKUP = 60;

export function useWrittenTonight(service: VaultSession['service'], now: Date): Loaded<WrittenTonight> {
  // Today's appreciations this partner may read, from their plaintext fields: none is decrypted.
  const load = useCallback(async () => {
    const { start, end } = localDayBounds(now);
    return writtenTonight(await service.records.metasBetween('appreciation', start, end), now);
  }, [service, now]);
  return useLoad(load).state;
}

export function useThisWeeksCheckin(service: VaultSession['service'], now: Date): Loaded<WeekView> {
  const load = useCallback(async () => {
    const repo = new CheckinRepo(service.records);
    return weekViewOf(await repo.list(WEEK_LOOKUP), repo.viewer, weekKey(now));
  }, [service, now]);
  return useLoad(load).state;
}

/**
 * The day count. Until the vault exposes its database (see daysShownUp.ts), this goes through the record
 * store, which decrypts; so it waits for an idle moment after everything else.
 */
export function useDaysShownUp(service: VaultSession['service']): Loaded<number> {
  const load = useCallback(() => countDaysShownUp(service.records), [service]);
  return useLoad(load, { isDeferred: true }).state;
}
