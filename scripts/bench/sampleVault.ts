/**
 * The shape of a ten-year vault for one partner: an appreciation every evening (two at weekends), a quick
 * check-in every day, a weekly check-in, and a logged exercise session three times a week: about 1,040
 * records a year, so two partners over ten years make about 20,800. Deterministic, so runs compare.
 */
import type { PutRecordInput } from '../../renderer/src/data/storage/recordStore';

const DAY = 86_400_000;
const WORDS = 'thank you for the tea this morning and for listening when I talked about work you made me laugh again'.split(' ');

function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]).join(' ');
}

export function generatedYears(years: number, startMs: number): PutRecordInput<unknown>[] {
  const inputs: PutRecordInput<unknown>[] = [];
  const days = years * 365;
  for (let day = 0; day < days; day += 1) {
    const createdAt = startMs + day * DAY + 21 * 3_600_000;
    const appreciations = day % 7 >= 5 ? 2 : 1;
    for (let extra = 0; extra < appreciations; extra += 1) {
      inputs.push({ kind: 'appreciation', keyId: day % 9 === 0 ? 'private' : 'us', createdAt: createdAt - extra * 3_600_000, payload: { text: sentence(day + extra, 40 + (day % 60)), tags: day % 5 === 0 ? ['small things'] : [] } });
    }
    inputs.push({ kind: 'checkin', keyId: 'us', createdAt: createdAt + 60_000, payload: { type: 'quick', mood: 1 + (day % 5), emotional: 1 + ((day >> 1) % 5), physical: 1 + ((day >> 2) % 5), stress: 1 + ((day >> 3) % 5), howAreYou: sentence(day + 1, 12) } });
    if (day % 7 === 6) {
      inputs.push({ kind: 'checkin', keyId: 'us', createdAt: createdAt + 120_000, payload: { type: 'weekly', mood: 3, emotional: 3, physical: 3, stress: 2, howAreYou: sentence(day + 2, 25), helpThisWeek: sentence(day + 3, 10) } });
    }
    if (day % 7 === 0 || day % 7 === 2 || day % 7 === 4) {
      inputs.push({ kind: 'session', keyId: 'us', createdAt: createdAt + 180_000, payload: { exerciseId: 'twenty-minute-talk', minutes: 20, feeling: 4, reflection: sentence(day + 4, 20) } });
    }
  }
  return inputs;
}
