/**
 * The history as a virtual list: only the entries near the window's view are in the page, so ten years of
 * evenings scroll as smoothly as one week. Still a real ordered list for assistive technology: each item
 * says its place and the list's size (aria-posinset, aria-setsize), and the first entry of each day carries
 * the day's heading.
 *
 * The page (the window) scrolls, not the list; the list's distance from the top of the page is measured
 * whenever the page's size changes (the composer above it grows as one writes).
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { JournalEntry } from './appreciation';
import { dayHeading, type HistoryRow } from './journalView';
import styles from './HistoryList.module.css';

interface HistoryListProps {
  rows: readonly HistoryRow[];
  now: number;
  labelledBy: string;
  renderEntry: (entry: JournalEntry) => ReactNode;
  /** An entry to bring into view and focus (after an undo), then `onFocused`. */
  focusId: string | null;
  onFocused: () => void;
}

/** A first guess at an entry's height; each is measured once shown. */
const estimateFor = (row: HistoryRow | undefined) => (row?.startsDay ? 230 : 180);

export function HistoryList({ rows, now, labelledBy, renderEntry, focusId, onFocused }: HistoryListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // The observer reports once at the start, then whenever the page changes size.
    const observer = new ResizeObserver(() => setScrollMargin(list.getBoundingClientRect().top + window.scrollY));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => estimateFor(rows[index]),
    getItemKey: (index) => rows[index]?.entry.id ?? index,
    overscan: 6,
    scrollMargin,
  });

  useEffect(() => {
    if (!focusId) return;
    const index = rows.findIndex((row) => row.entry.id === focusId);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    const frame = requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(focusId)}"]`)?.focus();
      onFocused();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusId, rows, virtualizer, onFocused]);

  const items = virtualizer.getVirtualItems();
  return (
    <ol ref={listRef} className={styles.list} aria-labelledby={labelledBy} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const row = rows[item.index]!;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className={styles.item}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {row.startsDay ? <h3 className={styles.day}>{dayHeading(row.entry.createdAt, now)}</h3> : null}
            {renderEntry(row.entry)}
          </li>
        );
      })}
    </ol>
  );
}
