/**
 * The exercise log in print: a calendar of each month with the days practised marked (a picture of showing
 * up, never a streak), then the sessions, each with who, how long, how it felt and the reflection.
 */
import { exerciseById } from '@shared/content';
import { FEELING_WORDS } from '@shared/exercises';
import { dayKey } from '@shared/checkins';
import { nameOf, type ExportPeople, type OkSession } from '../exportContent';
import { printDay, printMonth, printTime } from './printText';
import { groupByDay } from './AppreciationParts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The weeks (Monday first) of the month `time` falls in, each day with how many sessions began on it. */
export function monthGrid(time: number, sessions: readonly OkSession[]): (null | { date: number; count: number })[][] {
  const start = new Date(time);
  const year = start.getFullYear();
  const month = start.getMonth();
  const counts = new Map<string, number>();
  for (const entry of sessions) {
    const key = dayKey(new Date(entry.session.startedAt));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const days = new Date(year, month + 1, 0).getDate();
  const lead = (new Date(year, month, 1).getDay() + 6) % 7;
  const cells: (null | { date: number; count: number })[] = Array.from({ length: lead }, () => null);
  for (let date = 1; date <= days; date += 1) cells.push({ date, count: counts.get(dayKey(new Date(year, month, date))) ?? 0 });
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

function PracticeCalendarMonth({ sessions }: { sessions: readonly OkSession[] }) {
  const first = sessions[0];
  if (!first) return null;
  const practised = new Set(sessions.map((entry) => dayKey(new Date(entry.session.startedAt)))).size;
  return (
    <table className="calendar calendar-month">
      <caption>
        {printMonth(first.session.startedAt)}: practised on {practised} {practised === 1 ? 'day' : 'days'}
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col">
              {day}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(first.session.startedAt, sessions).map((week, index) => (
          <tr key={index}>
            {week.map((cell, day) =>
              cell ? (
                <td key={day} className={cell.count > 0 ? 'practised' : undefined}>
                  {cell.date}
                  {cell.count > 0 ? <span className="marks">{'●'.repeat(Math.min(cell.count, 4))}</span> : null}
                </td>
              ) : (
                <td key={day} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SessionEntry({ entry, people }: { entry: OkSession; people: ExportPeople }) {
  const { session } = entry;
  const title = exerciseById(session.exerciseId)?.title ?? 'A practice';
  const who = session.participants === 'both' ? 'Both of you' : nameOf(people, session.participants);
  const minutes = Math.max(1, Math.round(session.durationSeconds / 60));
  return (
    <article className={`entry ${entry.author === 'a' ? 'tone-a' : 'tone-b'}`}>
      <p className="meta">
        {printTime(session.startedAt)} · logged by <span dir="auto">{nameOf(people, entry.author)}</span>
      </p>
      <p>
        <strong>{title}</strong>
        {session.stage ? `, stage ${session.stage}` : ''} · <span dir="auto">{who}</span> · {minutes} min
        {session.feeling ? ` · felt ${FEELING_WORDS[session.feeling].toLowerCase()}` : ''}
      </p>
      {session.reflection ? (
        <div className="text" dir="auto">
          {session.reflection}
        </div>
      ) : null}
      {entry.privateReflection ? (
        <div>
          <span className="private">Private reflection</span>
          <div className="text" dir="auto">
            {entry.privateReflection}
          </div>
        </div>
      ) : null}
    </article>
  );
}

export function PracticeMonth({ sessions, people }: { sessions: readonly OkSession[]; people: ExportPeople }) {
  const first = sessions[0];
  if (!first) return null;
  return (
    <>
      <h3>{printMonth(first.session.startedAt)}</h3>
      <PracticeCalendarMonth sessions={sessions} />
      {groupByDay(sessions, (entry) => entry.session.startedAt).map(({ day, items }) => (
        <section key={day}>
          <div className="keep">
            <h4>{printDay(day)}</h4>
            <SessionEntry entry={items[0]!} people={people} />
          </div>
          {items.slice(1).map((entry) => (
            <SessionEntry key={entry.id} entry={entry} people={people} />
          ))}
        </section>
      ))}
    </>
  );
}
