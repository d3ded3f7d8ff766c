/**
 * The window's frame: a skip link, the sidebar, and the <main> landmark that shows the current place.
 * Owns navigation wiring: the route switch (with `/` and unknown paths going to Today), keyboard shortcuts,
 * main's route requests, and focus moving to each new screen's heading.
 */
import { useRef, type MouseEvent } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import { HOME_PATH, ROUTES } from './routes';
import { SideNav } from './SideNav';
import { focusScreenHeading, useFocusOnRouteChange } from './useFocusOnRouteChange';
import { useMainRouteRequests } from './useMainRouteRequests';
import { useShortcutNavigation } from './useShortcutNavigation';
import styles from './AppShell.module.css';

export function AppShell() {
  const [location, navigate] = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useShortcutNavigation(navigate);
  useMainRouteRequests(navigate);
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
      <SideNav currentPath={location} />
      <main id="content" ref={mainRef} className={styles.main} tabIndex={-1}>
        <Switch>
          {ROUTES.map(({ id, path, Screen }) => (
            <Route key={id} path={path}>
              <Screen />
            </Route>
          ))}
          <Route>
            <Redirect to={HOME_PATH} replace />
          </Route>
        </Switch>
      </main>
    </div>
  );
}
