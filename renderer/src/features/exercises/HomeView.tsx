/** The screen's starting place: three tabs (the library, this week's plan and practice, the log). */
import { TabPanel, Tabs, type TabItem } from '@renderer/ui/Tabs';
import type { ViewProps } from './ExercisesView';
import { useExercisesNavigation, type HomeTab } from './exercisesNavigation';
import { LibraryView } from './library/LibraryView';
import { SessionLog } from './log/SessionLog';
import { WeekView } from './week/WeekView';
import styles from './HomeView.module.css';

const TABS: readonly TabItem<HomeTab>[] = [
  { id: 'library', label: 'Library' },
  { id: 'week', label: 'Your week' },
  { id: 'log', label: 'Log' },
];

export function HomeView({ tab, ...props }: ViewProps & { tab: HomeTab }) {
  const { goTo } = useExercisesNavigation();
  // Each tab has its own address; switching tabs replaces it rather than adding a step to Back.
  return (
    <div className={styles.home}>
      <Tabs label="Exercises" tabs={TABS} selected={tab} onSelect={(key) => goTo({ name: 'home', tab: key }, { replace: true })}>
        <TabPanel id="library">
          <LibraryView />
        </TabPanel>
        <TabPanel id="week">
          <WeekView {...props} />
        </TabPanel>
        <TabPanel id="log">
          <SessionLog {...props} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
