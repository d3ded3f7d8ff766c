/**
 * A list of questions whose answers open in place, over react-aria's DisclosureGroup: each title is a
 * button inside a heading (so the list can be browsed by headings), several can be open at once, and a
 * closed answer stays findable with the browser's search.
 */
import type { ReactNode } from 'react';
import { Button, Disclosure, DisclosureGroup, DisclosurePanel, Heading } from 'react-aria-components';
import styles from './Disclosure.module.css';

export interface DisclosureItem {
  id: string;
  title: string;
  content: ReactNode;
}

interface DisclosureListProps {
  items: readonly DisclosureItem[];
  /** The level of each title's heading under the section around the list. */
  headingLevel?: 2 | 3 | 4;
}

export function DisclosureList({ items, headingLevel = 3 }: DisclosureListProps) {
  return (
    <DisclosureGroup className={styles.group} allowsMultipleExpanded>
      {items.map((item) => (
        <Disclosure key={item.id} id={item.id} className={styles.disclosure}>
          <Heading level={headingLevel} className={styles.heading}>
            <Button slot="trigger" className={styles.trigger}>
              <span className={styles.chevron} aria-hidden="true" />
              {item.title}
            </Button>
          </Heading>
          <DisclosurePanel className={styles.panel}>{item.content}</DisclosurePanel>
        </Disclosure>
      ))}
    </DisclosureGroup>
  );
}
