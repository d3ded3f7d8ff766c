/** The screen's starting place: three tabs (the library, this week's plan and practice, the log). */
import type { Key } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { ViewProps } from './ExercisesView';
import { useExercisesNavigation, type HomeTab } from './exercisesNavigation';
import { LibraryView } from './library/LibraryView';
import { SessionLog } from './log/SessionLog';
import { WeekView } from './week/WeekView';
import styles from './HomeView.module.css';
import tabStyles from '@renderer/ui/Tabs.module.css';

const isTab = (key: Key): key is HomeTab => key === 'library' || key === 'week' || key === 'log';

export function HomeView({ tab, ...props }: ViewProps & { tab: HomeTab }) {
  const { goTo } = useExercisesNavigation();
  // Each tab has its own address; switching tabs replaces it rather than adding a step to Back.
  return (
    <div className={styles.home}>
      <Tabs className={tabStyles.tabs} selectedKey={tab} onSelectionChange={(key) => isTab(key) && goTo({ name: 'home', tab: key }, { replace: true })}>
        <TabList className={tabStyles.tabList} aria-label="Exercises">
          <Tab id="library" className={tabStyles.tab}>
            Library
          </Tab>
          <Tab id="week" className={tabStyles.tab}>
            Your week
          </Tab>
          <Tab id="log" className={tabStyles.tab}>
            Log
          </Tab>
        </TabList>
        <TabPanel id="library" className={tabStyles.panel}>
          <LibraryView />
        </TabPanel>
        <TabPanel id="week" className={tabStyles.panel}>
          <WeekView {...props} />
        </TabPanel>
        <TabPanel id="log" className={tabStyles.panel}>
          <SessionLog {...props} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
