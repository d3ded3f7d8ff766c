/**
 * Check-ins in print: a month's check-ins as one table (a row each: day, who, kind, and each scale as its
 * word, never a number), with what someone wrote on a line under their row, so a year stays a few pages a
 * month and reads well to a counsellor. Each check-in (its row and its words) is kept on one page.
 */
import type { OpenEntry } from '@renderer/features/checkins';
import { OBSTACLE_LABELS, SCALES, wordFor } from '@shared/checkins';
import { nameOf, type ExportPeople } from '../exportContent';
import { printMonth } from './printText';

const rowDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric' });

function Said({ label, text, isPrivate = false }: { label: string; text: string; isPrivate?: boolean }) {
  return (
    <p className="said">
      <span className={isPrivate ? 'private' : 'label'}>{label}</span>{' '}
      {text ? (
        <span className="text" dir="auto">
          {text}
        </span>
      ) : null}
    </p>
  );
}

function CheckinWords({ entry }: { entry: OpenEntry }) {
  const { checkin } = entry;
  const lines = [
    checkin.howAreYou ? <Said key="how" label="How are you doing?" text={checkin.howAreYou} /> : null,
    checkin.bothering.isBothered ? <Said key="bother" label="Something is bothering me." text={checkin.bothering.note} /> : null,
    entry.privateNote ? <Said key="private" label="Private note" text={entry.privateNote} isPrivate /> : null,
    checkin.type === 'weekly' && checkin.obstacles.length > 0 ? (
      <Said
        key="way"
        label="In the way:"
        text={checkin.obstacles.map((id) => (id === 'other' && checkin.otherObstacle ? checkin.otherObstacle : OBSTACLE_LABELS[id])).join(', ')}
      />
    ) : null,
    checkin.type === 'weekly' && checkin.whatWouldHelp ? <Said key="help" label="What would help this week:" text={checkin.whatWouldHelp} /> : null,
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <tr className="words">
      <td colSpan={3 + SCALES.length}>{lines}</td>
    </tr>
  );
}

export function CheckinMonth({ entries, people }: { entries: readonly OpenEntry[]; people: ExportPeople }) {
  const first = entries[0];
  if (!first) return null;
  return (
    <>
      <h3>{printMonth(first.createdAt)}</h3>
      <table className="checkins">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Who</th>
            <th scope="col">Kind</th>
            {SCALES.map((scale) => (
              <th key={scale.id} scope="col">
                {scale.label}
              </th>
            ))}
          </tr>
        </thead>
        {entries.map((entry) => (
          <tbody key={entry.id} className={entry.author === 'a' ? 'tone-a' : 'tone-b'}>
            <tr>
              <td>{rowDay.format(new Date(entry.createdAt))}</td>
              <td className="who" dir="auto">
                {nameOf(people, entry.author)}
              </td>
              <td>{entry.checkin.type === 'weekly' ? 'Weekly' : 'Quick'}</td>
              {SCALES.map((scale) => (
                <td key={scale.id}>{wordFor(scale.id, entry.checkin.scales[scale.id])}</td>
              ))}
            </tr>
            <CheckinWords entry={entry} />
          </tbody>
        ))}
      </table>
    </>
  );
}
