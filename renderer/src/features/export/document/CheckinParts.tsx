/** Check-ins in print: each answer as words (never a number), its notes, and a month heading above them. */
import type { OpenEntry } from '@renderer/features/checkins';
import { OBSTACLE_LABELS, SCALES, wordFor } from '@shared/checkins';
import { nameOf, type ExportPeople } from '../exportContent';
import { printDay, printMonth, printTime } from './printText';
import { groupByDay } from './AppreciationParts';

function CheckinEntry({ entry, people }: { entry: OpenEntry; people: ExportPeople }) {
  const { checkin } = entry;
  return (
    <article className={`entry ${entry.author === 'a' ? 'tone-a' : 'tone-b'}`}>
      <p className="meta">
        <span className="who" dir="auto">
          {nameOf(people, entry.author)}
        </span>{' '}
        · {checkin.type === 'weekly' ? 'Weekly check-in' : 'Quick check-in'} · {printTime(entry.createdAt)}
      </p>
      <p>{SCALES.map((scale) => `${scale.label}: ${wordFor(scale.id, checkin.scales[scale.id])}`).join(' · ')}</p>
      {checkin.howAreYou ? <Said label="How are you doing?" text={checkin.howAreYou} /> : null}
      {checkin.bothering.isBothered ? (
        <Said label="Something is bothering me" text={checkin.bothering.note || (entry.privateNote ? '' : '(no note shared)')} />
      ) : null}
      {entry.privateNote ? <Said label="Private note" text={entry.privateNote} /> : null}
      {checkin.type === 'weekly' && checkin.obstacles.length > 0 ? (
        <p>
          <span className="label">In the way: </span>
          <span dir="auto">
            {checkin.obstacles.map((id) => (id === 'other' && checkin.otherObstacle ? checkin.otherObstacle : OBSTACLE_LABELS[id])).join(', ')}
          </span>
        </p>
      ) : null}
      {checkin.type === 'weekly' && checkin.whatWouldHelp ? <Said label="What would help this week" text={checkin.whatWouldHelp} /> : null}
    </article>
  );
}

function Said({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <span className="label">{label}</span>
      {text ? (
        <div className="text" dir="auto">
          {text}
        </div>
      ) : null}
    </div>
  );
}

export function CheckinMonth({ entries, people }: { entries: readonly OpenEntry[]; people: ExportPeople }) {
  const first = entries[0];
  if (!first) return null;
  return (
    <>
      <h3>{printMonth(first.createdAt)}</h3>
      {groupByDay(entries, (entry) => entry.createdAt).map(({ day, items }) => (
        <section key={day}>
          <div className="keep">
            <h4>{printDay(day)}</h4>
            <CheckinEntry entry={items[0]!} people={people} />
          </div>
          {items.slice(1).map((entry) => (
            <CheckinEntry key={entry.id} entry={entry} people={people} />
          ))}
        </section>
      ))}
    </>
  );
}
