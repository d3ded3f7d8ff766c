/**
 * A tab strip and its panels, over react-aria's Tabs: arrow keys move between tabs, each panel is named by
 * its tab. The caller owns which tab is open (it may live in a store or the address); anything given as
 * children besides the panels (a notice, a shared line) shows between the strip and the open panel.
 */
import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel as AriaTabPanel, Tabs as AriaTabs } from 'react-aria-components';
import styles from './Tabs.module.css';

export interface TabItem<K extends string> {
  id: K;
  label: string;
}

interface TabsProps<K extends string> {
  /** Names the strip for assistive technology ("Check-ins"). */
  label: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (id: K) => void;
  children: ReactNode;
}

export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: TabsProps<K>) {
  return (
    <AriaTabs
      className={styles.tabs}
      selectedKey={selected}
      onSelectionChange={(key) => {
        const chosen = tabs.find((tab) => tab.id === key);
        if (chosen) onSelect(chosen.id);
      }}
    >
      <TabList className={styles.tabList} aria-label={label}>
        {tabs.map((tab) => (
          <Tab key={tab.id} id={tab.id} className={styles.tab}>
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {children}
    </AriaTabs>
  );
}

/** One tab's content; `id` is the tab's. */
export function TabPanel({ id, children }: { id: string; children: ReactNode }) {
  return (
    <AriaTabPanel id={id} className={styles.panel}>
      {children}
    </AriaTabPanel>
  );
}
