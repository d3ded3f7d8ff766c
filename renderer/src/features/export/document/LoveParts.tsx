/** Love languages in print: each partner's latest result as a sentence, and the tank checks in the range. */
import { resultSentence, resultView, type ResultsByPartner, type TankEntry } from '@renderer/features/loveLanguages';
import { tankWords } from '@shared/content';
import { nameOf, type ExportPeople } from '../exportContent';
import { printShortDay } from './printText';

export function LoveLanguagesPart({ results, tanks, people }: { results: ResultsByPartner; tanks: readonly TankEntry[]; people: ExportPeople }) {
  const taken = (['a', 'b'] as const).flatMap((slot) => {
    const result = results[slot];
    const view = result ? resultView(result.scores) : null;
    return result && view ? [{ slot, result, view }] : [];
  });
  return (
    <>
      <h3>Results</h3>
      {taken.length === 0 ? <p className="note">Neither of you has taken the short assessment yet.</p> : null}
      {taken.map(({ slot, result, view }) => (
        <div key={slot} className={`result entry ${slot === 'a' ? 'tone-a' : 'tone-b'}`}>
          <p className="meta">
            <span className="who" dir="auto">
              {nameOf(people, slot)}
            </span>{' '}
            · taken {printShortDay(result.takenAt)}
          </p>
          <p dir="auto">{resultSentence(view, { isYou: false, name: nameOf(people, slot) })}</p>
        </div>
      ))}
      <h3>How full is your tank</h3>
      {tanks.length === 0 ? <p className="note">No tank checks in this range.</p> : null}
      {tanks.map((tank) => (
        <article key={tank.id} className={`entry ${tank.author === 'a' ? 'tone-a' : 'tone-b'}`}>
          <p className="meta">
            <span className="who" dir="auto">
              {nameOf(people, tank.author)}
            </span>{' '}
            · {printShortDay(tank.createdAt)}
            {tank.space === 'private' ? (
              <>
                {' '}
                · <span className="private">Private</span>
              </>
            ) : null}
          </p>
          <p>
            {tank.value} of 10: {tankWords(tank.value)}
          </p>
          {tank.fill ? (
            <div className="text" dir="auto">
              {tank.fill}
            </div>
          ) : null}
        </article>
      ))}
    </>
  );
}
