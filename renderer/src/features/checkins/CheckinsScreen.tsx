/**
 * Check-ins: a quick daily one and a deeper weekly one, this week side by side, and the history. The
 * screen reads the session from the vault and the check-ins through CheckinRepo (via useCheckins); the
 * parts below see plain entries with the reveal rule already applied.
 */
import { useState } from 'react';
import { useVault } from '@renderer/features/vault';
import { Button } from '@renderer/ui/Button';
import { PulseIcon } from '@renderer/ui/icons';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Screen } from '@renderer/ui/Screen';
import { TabPanel, Tabs, type TabItem } from '@renderer/ui/Tabs';
import type { PartnerNames } from './checkinFormat';
import { otherPartner } from './checkinViews';
import styles from './CheckinsScreen.module.css';
import { CheckInPanel } from './form/CheckInPanel';
import { GentleHints } from './hints/GentleHints';
import { HistoryView } from './history/HistoryView';
import { useCheckins } from './useCheckins';
import { ThisWeek } from './week/ThisWeek';

type Part = 'checkin' | 'week' | 'history';
const TABS: readonly TabItem<Part>[] = [
  { id: 'checkin', label: 'Check in' },
  { id: 'week', label: 'This week' },
  { id: 'history', label: 'History' },
];

export function CheckinsScreen() {
  const { records, partner, profiles } = useVault();
  const { repo, state, reload } = useCheckins(records);
  const [part, setPart] = useState<Part>('checkin');
  const viewer = partner ?? 'a';
  const partnerProfile = profiles[otherPartner(viewer)];
  const names: PartnerNames = { viewer, partnerName: partnerProfile?.name ?? 'Your partner', hasPartner: partnerProfile !== undefined };

  return (
    <Screen icon={PulseIcon} title="Check-ins" lead="A simple way to ask each other how you are really doing, and to notice together how things change.">
      {state.status === 'loading' ? <p className={styles.muted}>Opening your check-ins…</p> : null}
      {state.status === 'failed' ? (
        <InlineNotice action={<Button onPress={reload}>Try again</Button>}>Your check-ins could not be opened just now.</InlineNotice>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <GentleHints entries={state.entries} />
          <Tabs label="Check-ins" tabs={TABS} selected={part} onSelect={setPart}>
            <TabPanel id="checkin">
              <CheckInPanel entries={state.entries} names={names} repo={repo} onSaved={reload} />
            </TabPanel>
            <TabPanel id="week">
              <ThisWeek entries={state.entries} names={names} repo={repo} onChanged={reload} onAnswer={() => setPart('checkin')} />
            </TabPanel>
            <TabPanel id="history">
              <HistoryView entries={state.entries} names={names} />
            </TabPanel>
          </Tabs>
        </>
      ) : null}
    </Screen>
  );
}
