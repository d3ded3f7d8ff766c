/**
 * The window's frame: a skip link, the sidebar, and the <main> landmark that shows the current place.
 * Owns the shell's navigation wiring: which place a path belongs to (shared/routes.ts' table; `/` and
 * unknown paths go to Today), loading a place's screen on its first visit while the sidebar stays usable,
 * keyboard shortcuts, and focus moving to each new place's heading. Main's requests are heard higher up
 * (App), so they arrive while the vault is locked too.
 */
import { Suspense, useRef, type MouseEvent } from 'react';
import { Redirect, useLocation } from 'wouter';
import { HOME_PATH, routeForPath } from './routes';
import { ScreenLoading } from './ScreenLoading';
import { SideNav } from './SideNav';
import { focusScreenHeading, useFocusOnRouteChange } from './useFocusOnRouteChange';
import { useShortcutNavigation } from './useShortcutNavigation';
import styles from './AppShell.module.css';

export function AppShell() {
  const [location, navigate] = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const route = routeForPath(location);

  useShortcutNavigation(navigate);
  useFocusOnRouteChange(location, mainRef);

  // The hash holds the route, so the skip link moves focus itself; following "#content" would change the route.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusScreenHeading(mainRef.current);
  };

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#content" onClick={skipToContent}>
        Skip to content
      </a>
      <SideNav currentPlace={route?.id} />
      <main id="content" ref={mainRef} className={styles.main} tabIndex={-1}>
        {route ? (
          // One boundary per place, so a place still loading never shows the last place's content.
          <Suspense key={route.id} fallback={<ScreenLoading label={route.label} />}>
            <route.Screen />
          </Suspense>
        ) : (
          <Redirect to={HOME_PATH} replace />
        )}
      </main>
    </div>
  );
}
