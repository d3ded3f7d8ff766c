/**
 * The sidebar, as the banner landmark: the app name, one link per place (the current one marked with
 * aria-current, each announcing its shortcut), the Lock button, and a quiet hint about Ctrl/Cmd+1..9.
 */
import { ROUTE_IDS, type RouteId } from '@shared/routes';
import { Link } from 'wouter';
import { LockButton } from '@renderer/features/vault';
import { FlameIcon } from '@renderer/ui/icons';
import { ROUTES } from './routes';
import { ariaShortcutFor, isMacPlatform, modifierLabel } from '@renderer/lib/shortcuts';
import styles from './SideNav.module.css';

/** `currentPlace`: the place the current path is in (Exercises for `/exercises/talk`). */
export function SideNav({ currentPlace }: { currentPlace: RouteId | undefined }) {
  const isMac = isMacPlatform();
  return (
    <header className={styles.sidebar}>
      <p className={styles.brand}>
        <FlameIcon className={styles.brandIcon} />
        <span>Hearth</span>
      </p>
      <nav aria-label="Main" className={styles.nav}>
        <ul className={styles.list}>
          {ROUTES.map(({ id, path, label, icon: Icon }) => {
            const isCurrent = currentPlace === id;
            return (
              <li key={id}>
                <Link
                  href={path}
                  className={styles.link}
                  aria-current={isCurrent ? 'page' : undefined}
                  aria-keyshortcuts={ariaShortcutFor(id, isMac)}
                >
                  <Icon className={styles.icon} />
                  <span>{label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <LockButton />
      <p className={styles.hint}>
        <kbd className={styles.kbd}>{modifierLabel(isMac)}</kbd> + <kbd className={styles.kbd}>1</kbd>–
        <kbd className={styles.kbd}>{ROUTE_IDS.length}</kbd> moves between places
      </p>
    </header>
  );
}
