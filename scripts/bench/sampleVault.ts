/**
 * The benchmark's sample vault: a couple's history of any number of years ending today (relative to the
 * run), every payload made by the app's own builders and schemas, so each record reads back through its
 * repository as a real one would. Deterministic but for record ids (random UUIDs, as the app makes them).
 * Runs in the page (bundled into pageHarness.ts). Must not store anything (the harness does) or invent a
 * payload shape of its own: a builder missing here belongs in the feature, exported, not copied.
 *
 * One partner's year: an appreciation every evening (two at weekends; one in nine private; a prompt now and
 * then), a quick check-in every day (now and then something bothers them, sometimes kept in a private note),
 * the weekly check-in on Sunday (some weeks one of them skips it, and the other sometimes reveals theirs
 * anyway), practice sessions (Sam: the 20-minute talk twice a week, a walk every other Sunday; Alex: sensate
 * focus on Saturdays, a device-free hour every third week), a reflection kept private now and then, a tank
 * check every other Sunday, and a date night a month, planned by one and settled by the other. This week,
 * Alex has done the weekly check-in and Sam has not, so Today finds a sealed answer waiting.
 * About 1,040 records per partner-year: 20,800 for two over ten years.
 */
import { buildCheckin } from '../../renderer/src/features/checkins/checkinRepo';
import type { CompleteAnswers } from '../../renderer/src/features/checkins/checkinAnswers';
import { toPayload } from '../../renderer/src/features/journal/appreciation';
import { toTankPayload } from '../../renderer/src/features/loveLanguages/tankEntry';
import type { PutRecordInput } from '../../renderer/src/data/storage/recordStore';
import type { PartnerSlot } from '../../renderer/src/data/storage/storedRecord';
import { checkinPayloadSchema, dayKey, OBSTACLE_IDS, weekKey, type ScaleValue } from '../../shared/checkins';
import { APPRECIATION_PROMPTS, DATE_NIGHT_IDEAS, SENSATE_FOCUS_STAGES } from '../../shared/content';
import { dateNightPayloadSchema, privateReflectionSchema, sessionSchema, type Feeling } from '../../shared/exercises';

/** What a record is, finer than its kind: what the read-back check counts. */
export type SampleSort =
  | 'appreciation'
  | 'quick'
  | 'weekly'
  | 'privateNote'
  | 'session'
  | 'privateReflection'
  | 'dateNight'
  | 'dateNightSettled'
  | 'tank';

export type SampleInput = PutRecordInput<unknown> & { id: string; createdAt: number };
export interface SampleRecord {
  sort: SampleSort;
  input: SampleInput;
}

export interface SampleCouple {
  /** Each partner's records, oldest first, to store while that partner is unlocked. */
  records: Record<PartnerSlot, SampleRecord[]>;
  /** How many of the other partner's weekly answers stay sealed from this partner. */
  sealedFrom: Record<PartnerSlot, number>;
}

/** The words of the generated text; the search benchmark looks for them. */
export const SAMPLE_WORDS = 'thank you for the tea this morning and for listening when I talked about work you made me laugh again'.split(' ');

export function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => SAMPLE_WORDS[(seed * 7 + index * 13) % SAMPLE_WORDS.length]).join(' ');
}

/** Records a year for the couple: what `--records` divides by to choose how many years to write. */
export const RECORDS_PER_YEAR = 2_080;

const PARTNERS = ['a', 'b'] as const;
const other = (slot: PartnerSlot): PartnerSlot => (slot === 'a' ? 'b' : 'a');

/** One local calendar day of the history, and the time of day on it (today's times squeezed before now). */
class Day {
  readonly date: Date;
  constructor(
    readonly index: number,
    readonly offset: number,
    private readonly now: number,
  ) {
    const today = new Date(now);
    this.date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - offset);
  }
  /** Monday 0 to Sunday 6. */
  get weekday(): number {
    return (this.date.getDay() + 6) % 7;
  }
  at(hour: number, minute = 0): number {
    const { date } = this;
    const time = new Date(date.getFullYear(), date.getMonth(), date.getDate(), hour, minute).getTime();
    if (this.offset > 0) return time;
    // Today: the same order through the day, all of it before the run began.
    const start = date.getTime();
    return Math.floor(start + ((this.now - 1_000 - start) * (hour * 60 + minute)) / 1_440);
  }
}

export function sampleCouple(years: number, now: number = Date.now()): SampleCouple {
  const records: SampleCouple['records'] = { a: [], b: [] };
  const sealedFrom = { a: 0, b: 0 };
  const add: Add = (author, sort, input) => records[author].push({ sort, input: { ...input, id: input.id ?? crypto.randomUUID() } });
  const thisWeek = weekKey(new Date(now));
  const days = Math.round(years * 365.25);
  let week = 0;
  let month = 0;
  const dateNights: DateNightState = { planned: null };
  for (let index = 0; index < days; index += 1) {
    const day = new Day(index, days - 1 - index, now);
    if (index > 0 && day.weekday === 0) week += 1;
    if (index > 0 && day.date.getDate() === 1) month += 1;
    for (const author of PARTNERS) {
      const seed = author === 'a' ? 0 : 1;
      appreciations(day, seed).forEach((input) => add(author, 'appreciation', input));
      checkin(answers('quick', day.index * 2 + seed), day.at(20, 15 * seed), author, add);
      if (day.weekday === 6 && weekKey(day.date) !== thisWeek && !skipsWeekly(author, week)) {
        const reveals = skipsWeekly(other(author), week) && week % 2 === 0;
        if (skipsWeekly(other(author), week) && !reveals) sealedFrom[other(author)] += 1;
        checkin(answers('weekly', week * 2 + seed), day.at(19, 30 * seed), author, add, reveals);
      }
      if (day.weekday === 6 && week % 2 === seed) {
        const payload = toTankPayload({ value: (week * 3 + seed) % 11, fill: week % 4 ? sentence(week + seed, 8) : '' });
        add(author, 'tank', { kind: 'tank', keyId: week % 5 === 0 ? 'private' : 'us', createdAt: day.at(9, 30 * seed), payload });
      }
    }
    // This week so far: Alex has answered the weekly check-in (this morning), Sam not yet.
    if (day.offset === 0) {
      checkin(answers('weekly', week * 2 + 1), day.at(7), 'b', add);
      sealedFrom.a += 1;
    }
    practice(day, week, add);
    dateNight(day, month, dateNights, add);
  }
  return { records, sealedFrom };
}

type Add = (author: PartnerSlot, sort: SampleSort, input: Omit<SampleInput, 'id'> & { id?: string }) => void;

const skipsWeekly = (slot: PartnerSlot, week: number) => (slot === 'a' ? week % 13 === 5 : week % 11 === 3);

function appreciations(day: Day, seed: number): Omit<SampleInput, 'id'>[] {
  const count = day.weekday >= 5 ? 2 : 1;
  return Array.from({ length: count }, (_, extra) => {
    const n = day.index + extra + seed * 3;
    const promptId = n % 4 === 0 ? APPRECIATION_PROMPTS[n % APPRECIATION_PROMPTS.length]!.id : undefined;
    const payload = toPayload({ text: sentence(n, 40 + (day.index % 60)), tags: day.index % 5 === 0 ? ['small things'] : [], promptId });
    return { kind: 'appreciation', keyId: (day.index + seed * 4) % 9 === 0 ? 'private' : 'us', createdAt: day.at(extra ? 10 : 21, 30 * seed), payload };
  });
}

const scale = (value: number) => (1 + (value % 5)) as ScaleValue;

function answers(type: 'quick' | 'weekly', n: number): CompleteAnswers {
  const isBothered = n % 17 === 0;
  const obstacles = type === 'weekly' ? OBSTACLE_IDS.filter((_, position) => (n >> position) % 3 === 0) : [];
  return {
    type,
    scales: { mood: scale(n), emotionalCloseness: scale(n >> 1), physicalCloseness: scale(n >> 2), stress: scale(n >> 3) },
    howAreYou: sentence(n + 1, 12),
    isBothered,
    botheringNote: isBothered ? sentence(n + 5, 15) : '',
    isNotePrivate: isBothered && n % 3 === 0,
    obstacles,
    otherObstacle: obstacles.includes('other') ? sentence(n + 6, 4) : '',
    whatWouldHelp: type === 'weekly' ? sentence(n + 3, 10) : '',
  };
}

/**
 * A check-in as CheckinRepo.save makes it (its builder, then the schema), with the private note it keeps
 * beside it; `reveals` as CheckinRepo.reveal marks it, an hour after it was written.
 */
function checkin(given: CompleteAnswers, createdAt: number, author: PartnerSlot, add: Add, reveals = false): void {
  const id = crypto.randomUUID();
  const built = buildCheckin(given, new Date(createdAt), undefined);
  const payload = checkinPayloadSchema.parse(built.type === 'weekly' && reveals ? { ...built, revealedAt: createdAt + 3_600_000 } : built);
  add(author, given.type, { id, kind: 'checkin', keyId: 'us', createdAt, payload });
  const note = given.isBothered && given.isNotePrivate ? given.botheringNote.trim() : '';
  if (note) {
    const privateNote = checkinPayloadSchema.parse({ type: 'privateNote', v: 1, checkinId: id, note });
    add(author, 'privateNote', { kind: 'checkin', keyId: 'private', createdAt: createdAt + 1, payload: privateNote });
  }
}

interface Practice {
  exerciseId: string;
  participants?: 'both' | 'a' | 'b';
  seconds: number;
  stage?: number;
}

/**
 * A session as ExerciseLogRepo.logSession makes it (through the shared schemas; filed under when it began),
 * with a reflection kept private stored beside it. Answers the session's id.
 */
function session(author: PartnerSlot, startedAt: number, practice: Practice, n: number, add: Add): string {
  const id = crypto.randomUUID();
  const reflection = sentence(n + 4, 20);
  const week = Math.floor(n / 7);
  const isPrivate = week % 12 === 0;
  const payload = sessionSchema.parse({
    type: 'session',
    v: 1,
    exerciseId: practice.exerciseId,
    participants: practice.participants ?? 'both',
    startedAt,
    durationSeconds: practice.seconds,
    feeling: week % 8 === 0 ? null : ((1 + (week % 5)) as Feeling),
    reflection: isPrivate ? '' : reflection,
    ...(practice.stage === undefined ? {} : { stage: practice.stage }),
  });
  add(author, 'session', { id, kind: 'session', keyId: 'us', createdAt: startedAt, payload });
  if (isPrivate) {
    const text = privateReflectionSchema.parse({ type: 'privateReflection', v: 1, sessionId: id, text: reflection });
    add(author, 'privateReflection', { kind: 'session', keyId: 'private', createdAt: startedAt, payload: text });
  }
  return id;
}

function practice(day: Day, week: number, add: Add): void {
  const n = day.index;
  if (day.weekday === 0 || day.weekday === 3) session('a', day.at(20, 40), { exerciseId: 'twenty-minute-talk', seconds: 1_200 + (n % 5) * 60 }, n, add);
  if (day.weekday === 6 && week % 2 === 0) session('a', day.at(11), { exerciseId: 'walk-together', seconds: 2_700 }, n + 1, add);
  if (day.weekday === 5) {
    const stage = 1 + (Math.floor(week / 26) % SENSATE_FOCUS_STAGES.length);
    session('b', day.at(22), { exerciseId: 'sensate-focus', seconds: 1_800, stage }, n + 2, add);
  }
  if (day.weekday === 2 && week % 3 === 0) session('b', day.at(19), { exerciseId: 'device-free-hour', participants: 'b', seconds: 3_600 }, n + 3, add);
}

interface DateNightState {
  planned: { id: string; by: PartnerSlot; ideaIndex: number } | null;
}

/** Planned on the 1st by one partner for the 15th, settled that night by the other (done, or now and then let go). */
function dateNight(day: Day, month: number, state: DateNightState, add: Add): void {
  const { planned } = state;
  const date = day.date.getDate();
  if (date === 1) {
    const by: PartnerSlot = month % 2 ? 'a' : 'b';
    const ideaIndex = month % DATE_NIGHT_IDEAS.length;
    const fifteenth = dayKey(new Date(day.date.getFullYear(), day.date.getMonth(), 15));
    const payload = dateNightPayloadSchema.parse({ type: 'dateNight', v: 1, ideaId: DATE_NIGHT_IDEAS[ideaIndex]!.id, day: fifteenth });
    state.planned = { id: crypto.randomUUID(), by, ideaIndex };
    add(by, 'dateNight', { id: state.planned.id, kind: 'plan', keyId: 'us', createdAt: day.at(12), payload });
  } else if (date === 15 && planned) {
    const settler = other(planned.by);
    const idea = DATE_NIGHT_IDEAS[planned.ideaIndex]!;
    const sessionId =
      month % 5 === 0 ? undefined : session(settler, day.at(19), { exerciseId: `date-night-${idea.setting}`, seconds: 3 * 3_600 }, day.index + 5, add);
    const payload = dateNightPayloadSchema.parse({ type: 'dateNightSettled', v: 1, planId: planned.id, outcome: sessionId ? 'done' : 'let-go', ...(sessionId ? { sessionId } : {}) });
    add(settler, 'dateNightSettled', { kind: 'plan', keyId: 'us', createdAt: day.at(23), payload });
    state.planned = null;
  }
}
