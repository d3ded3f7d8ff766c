/**
 * The last eight weeks as a table of days (Monday first): each day with sessions is marked, and says in
 * words what was practised, so the picture has a full text alternative. No chain, no count to keep up.
 */
import { exerciseById } from '@shared/content';
import { practiceCalendar, type SessionFact } from '@shared/exercises';
import common from '../common.module.css';
import styles from './Week.module.css';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_MONTH = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const FULL_DAY = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const MAX_DOTS = 3;

export function PracticeCalendar({ sessions, now }: { sessions: readonly SessionFact[]; now: number }) {
  const weeks = practiceCalendar(sessions, now);
  const daysShownUp = weeks.flatMap((w) => w.days).filter((d) => d.sessions.length > 0).length;
  return (
    <div className={styles.calendarWrap}>
      <table className={styles.calendar}>
        <caption className={common.visuallyHidden}>
          Practice over the last eight weeks: sessions on {daysShownUp} {daysShownUp === 1 ? 'day' : 'days'}.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.weekHead}>
              Week of
            </th>
            {WEEKDAYS.map((day) => (
              <th key={day} scope="col">
                <abbr title={day}>{day.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row" className={styles.weekHead}>
                {DAY_MONTH.format(week.days[0]?.date ?? 0)}
              </th>
              {week.days.map((day) => (
                <td key={day.day} className={`${styles.day} ${day.isToday ? styles.today : ''} ${day.isFuture ? styles.future : ''}`}>
                  <span className={styles.dayNumber} aria-hidden="true">
                    {new Date(day.date).getDate()}
                  </span>
                  <span className={styles.dots} aria-hidden="true">
                    {day.sessions.slice(0, MAX_DOTS).map((_session, i) => (
                      <span key={i} className={styles.dot} />
                    ))}
                    {day.sessions.length > MAX_DOTS ? <span className={styles.more}>+</span> : null}
                  </span>
                  <span className={common.visuallyHidden}>{dayText(day.date, day.sessions, day.isToday, day.isFuture)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function dayText(date: number, sessions: readonly SessionFact[], isToday: boolean, isFuture: boolean): string {
  const name = `${FULL_DAY.format(date)}${isToday ? ', today' : ''}`;
  if (isFuture) return `${name}: still to come`;
  if (sessions.length === 0) return `${name}: no sessions`;
  const titles = [...new Set(sessions.map((s) => exerciseById(s.exerciseId)?.title ?? 'an exercise'))];
  return `${name}: ${sessions.length === 1 ? 'one session' : `${sessions.length} sessions`}, ${titles.join(', ')}`;
}
