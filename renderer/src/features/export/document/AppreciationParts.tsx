/** Appreciations in print: a month heading, then each day's heading with its entries, oldest first. */
import type { ReadableEntry } from '@renderer/features/journal';
import { dayKey } from '@shared/checkins';
import { nameOf, type ExportPeople } from '../exportContent';
import { printDay, printMonth, printTime } from './printText';

export function groupByDay<T>(items: readonly T[], timeOf: (item: T) => number): { day: string; items: T[] }[] {
  const days: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayKey(new Date(timeOf(item)));
    const last = days[days.length - 1];
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}

export function AppreciationEntry({ entry, people }: { entry: ReadableEntry; people: ExportPeople }) {
  return (
    <article className={`entry ${entry.author === 'a' ? 'tone-a' : 'tone-b'}`}>
      <p className="meta">
        <span className="who" dir="auto">
          {nameOf(people, entry.author)}
        </span>{' '}
        · {printTime(entry.createdAt)}
        {entry.space === 'private' ? (
          <>
            {' '}
            · <span className="private">Private</span>
          </>
        ) : null}
      </p>
      <div className="text" dir="auto">
        {entry.text}
      </div>
      {entry.tags.length > 0 ? (
        <p className="tags" dir="auto">
          {entry.tags.map((tag) => `#${tag}`).join('  ')}
        </p>
      ) : null}
    </article>
  );
}

/** One month of appreciations; the day's heading is kept on the page of its first entry. */
export function AppreciationMonth({ entries, people }: { entries: readonly ReadableEntry[]; people: ExportPeople }) {
  const first = entries[0];
  if (!first) return null;
  return (
    <>
      <h3>{printMonth(first.createdAt)}</h3>
      {groupByDay(entries, (entry) => entry.createdAt).map(({ day, items }) => (
        <section key={day}>
          <div className="keep">
            <h4>{printDay(day)}</h4>
            <AppreciationEntry entry={items[0]!} people={people} />
          </div>
          {items.slice(1).map((entry) => (
            <AppreciationEntry key={entry.id} entry={entry} people={people} />
          ))}
        </section>
      ))}
    </>
  );
}
