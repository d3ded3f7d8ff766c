/** The reminder status from main (next reminder, pause, waiting), loaded on mount and again on request. */
import { useCallback, useEffect, useState } from 'react';
import type { ReminderStatusView } from '@shared/ipc/contract';
import { mainApi } from '@renderer/platform/bridge';

export type ReminderStatusState = { status: 'loading' } | { status: 'ready'; value: ReminderStatusView } | { status: 'failed' };

export function useReminderStatus(refreshKey?: unknown): { state: ReminderStatusState; reload: () => void } {
  const [state, setState] = useState<ReminderStatusState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((current) => current + 1), []);
  useEffect(() => {
    let isCurrent = true;
    mainApi.reminders.getStatus().then(
      (value) => isCurrent && setState({ status: 'ready', value }),
      () => isCurrent && setState({ status: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [round, refreshKey]);
  return { state, reload };
}
