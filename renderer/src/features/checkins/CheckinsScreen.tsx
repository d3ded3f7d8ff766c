/**
 * Check-ins: a quick daily one and a deeper weekly one, this week side by side, and the history. The
 * screen reads the session from the vault and the check-ins through CheckinRepo (via useCheckins); the
 * parts below see plain entries with the reveal rule already applied.
 */
import { useState, type Key } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useVault } from '@renderer/features/vault';
import { Button } from '@renderer/ui/Button';
import { PulseIcon } from '@renderer/ui/icons';
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { Screen } from '@renderer/ui/Screen';
import type { PartnerNames } from './checkinFormat';
import { otherPartner } from './checkinViews';
import styles from './CheckinsScreen.module.css';
import { CheckInPanel } from './form/CheckInPanel';
import { GentleHints } from './hints/GentleHints';
import { HistoryView } from './history/HistoryView';
import { useCheckins } from './useCheckins';
import { ThisWeek } from './week/ThisWeek';
import tabStyles from '@renderer/ui/Tabs.module.css';

type Part = 'checkin' | 'week' | 'history';
const isPart = (key: Key): key is Part => key === 'checkin' || key === 'week' || key === 'history';

export function CheckinsScreen() {
  const { service, partner, profiles } = useVault();
  const { repo, state, reload } = useCheckins(service.records);
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
          <Tabs className={tabStyles.tabs} selectedKey={part} onSelectionChange={(key) => isPart(key) && setPart(key)}>
            <TabList className={tabStyles.tabList} aria-label="Check-ins">
              <Tab id="checkin" className={tabStyles.tab}>
                Check in
              </Tab>
              <Tab id="week" className={tabStyles.tab}>
                This week
              </Tab>
              <Tab id="history" className={tabStyles.tab}>
                History
              </Tab>
            </TabList>
            <TabPanel id="checkin" className={tabStyles.panel}>
              <CheckInPanel entries={state.entries} names={names} repo={repo} onSaved={reload} />
            </TabPanel>
            <TabPanel id="week" className={tabStyles.panel}>
              <ThisWeek entries={state.entries} names={names} repo={repo} onChanged={reload} onAnswer={() => setPart('checkin')} />
            </TabPanel>
            <TabPanel id="history" className={tabStyles.panel}>
              <HistoryView entries={state.entries} names={names} />
            </TabPanel>
          </Tabs>
        </>
      ) : null}
    </Screen>
  );
}
