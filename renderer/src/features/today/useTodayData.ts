/**
 * What Today reads from the vault, one small load per part. Each starts after the first paint; the day
 * count waits for an idle moment as well. Only dates, authors and this week's check-in view leave here:
 * never the words of an appreciation.
 */
import { useCallback } from 'react';
import { weekKey } from '@shared/checkins';
import { CheckinRepo, weekViewOf, type WeekView } from '@renderer/features/checkins';
import type { RecordStore } from '@renderer/data';
import { localDayBounds } from './dayMaths';
import { countDaysShownUp } from './shownUpCount';
import { writtenTonight, type WrittenTonight } from './tonight';
import { useLoad, type Loaded } from '@renderer/lib/useLoad';

/** Enough check-ins to cover this week: daily ones for two, the weekly ones and their private notes. */
const WEEK_LOOKUP = 60;

export function useWrittenTonight(records: RecordStore, now: Date): Loaded<WrittenTonight> {
  // Today's appreciations this partner may read, from their plaintext fields: none is decrypted.
  const load = useCallback(async () => {
    const { start, end } = localDayBounds(now);
    return writtenTonight(await records.metasBetween('appreciation', start, end), now);
  }, [records, now]);
  return useLoad(load).state;
}

export function useThisWeeksCheckin(records: RecordStore, now: Date): Loaded<WeekView> {
  const load = useCallback(async () => {
    const repo = new CheckinRepo(records);
    return weekViewOf(await repo.list(WEEK_LOOKUP), repo.viewer, weekKey(now));
  }, [records, now]);
  return useLoad(load).state;
}

/**
 * The day count, from the index alone (nothing is decrypted); it still reads every record's time, so it
 * waits for an idle moment after everything else.
 */
export function useDaysShownUp(records: RecordStore): Loaded<number> {
  const load = useCallback(() => countDaysShownUp(records), [records]);
  return useLoad(load, { isDeferred: true }).state;
}
