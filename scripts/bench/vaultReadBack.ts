/**
 * The proof that the sample vault is a real one: with one partner unlocked, reads every kind of record back
 * through the app's own repositories (as the screens do) and counts what each answers against what was
 * written, so a payload that fails its schema (read as unreadable, or passed over) shows as a shortfall.
 * Then runs what Today runs, and checks it found today's content. Runs in the page. Must not write.
 */
import { CheckinRepo } from '../../renderer/src/features/checkins/checkinRepo';
import { answersFromDraft } from '../../renderer/src/features/checkins/checkinAnswers';
import { weekViewOf } from '../../renderer/src/features/checkins/checkinViews';
import { draftSlot } from '../../renderer/src/features/checkins/form/useCheckinDraft';
import { CardStateRepo } from '../../renderer/src/features/cards/cardStateRepo';
import { ExerciseLogRepo } from '../../renderer/src/features/exercises/exerciseLogRepo';
import { readableSessions } from '../../renderer/src/features/exercises/useExerciseData';
import type { JournalEntry } from '../../renderer/src/features/journal/appreciation';
import { AppreciationRepo } from '../../renderer/src/features/journal/appreciationRepo';
import { NEW_ENTRY_DRAFT_SLOT, parseDraft } from '../../renderer/src/features/journal/journalDraft';
import { ASSESSMENT_DRAFT_SLOT, parseProgress } from '../../renderer/src/features/loveLanguages/assessmentDraft';
import { AssessmentRepo } from '../../renderer/src/features/loveLanguages/assessmentRepo';
import { TankRepo } from '../../renderer/src/features/loveLanguages/tankRepo';
import { cardOfTheDay } from '../../renderer/src/features/today/cardOfTheDay';
import { countDaysShownUp } from '../../renderer/src/features/today/shownUpCount';
import { writtenTonight } from '../../renderer/src/features/today/tonight';
import type { VaultService } from '../../renderer/src/data/service/vaultService';
import { RECORD_KINDS, type PartnerSlot } from '../../renderer/src/data/storage/storedRecord';
import { weekKey } from '../../shared/checkins';
import { nextPlannedExercise } from '../../shared/exercises';
import type { SampleCouple, SampleSort } from './sampleVault';
import { CARDS_MARKED_EACH, DRAFT_SLOTS, READINESS_MARKS } from './sampleState';

/** More than any history holds: read everything, not the screens' first page. */
const ALL = 1_000_000_000;

export interface ReadBackLine {
  what: string;
  written: number;
  read: number;
}

/** What `viewer` reads back, line by line; a line whose `read` differs from `written` is a failure. */
export async function readBack(service: VaultService, couple: SampleCouple): Promise<ReadBackLine[]> {
  const viewer = service.records.partner;
  const written = (sort: SampleSort, onlyOwn = false) =>
    (['a', 'b'] as const).reduce(
      (sum, author) => sum + couple.records[author].filter((record) => record.sort === sort && (author === viewer || (!onlyOwn && record.input.keyId === 'us'))).length,
      0,
    );
  const lines: ReadBackLine[] = [];
  const line = (what: string, expected: number, read: number) => lines.push({ what, written: expected, read });

  // Every record this partner may open, kind by kind, straight from the store: none may fail to decrypt.
  for (const kind of RECORD_KINDS) {
    const opened = await service.records.newest(kind, ALL);
    line(`${kind} records that open`, opened.length, opened.filter((record) => record.status === 'ok').length);
  }

  // Where a repository shows what it cannot read, none may be; where it passes such a record over, the
  // count falls short of what was written.
  const journal: JournalEntry[] = [];
  for await (const page of new AppreciationRepo(service.records).pages(60, 150)) journal.push(...page);
  line('appreciations (journal)', written('appreciation'), journal.filter((entry) => entry.status === 'ok').length);
  line('appreciations the journal cannot read', 0, journal.filter((entry) => entry.status === 'unreadable').length);

  const checkins = await new CheckinRepo(service.records).list(ALL);
  const open = checkins.filter((entry) => entry.status === 'open');
  line('check-ins, quick and weekly (check-ins)', written('quick') + written('weekly'), open.length + checkins.filter((entry) => entry.status === 'sealed').length);
  line('check-ins the screen cannot read', 0, checkins.filter((entry) => entry.status === 'unreadable').length);
  line("partner's weekly answers still sealed", couple.sealedFrom[viewer], checkins.filter((entry) => entry.status === 'sealed').length);
  line('private notes joined to their check-ins', written('privateNote', true), open.filter((entry) => entry.privateNote !== null).length);

  const exercises = new ExerciseLogRepo(service.records);
  const sessions = await exercises.listSessions(ALL);
  const readable = sessions.filter((entry) => entry.status === 'ok');
  line('sessions (exercise log)', written('session'), readable.length);
  line('sessions the log cannot read', 0, sessions.length - readable.length);
  line('private reflections joined to their sessions', written('privateReflection', true), readable.filter((entry) => entry.privateReflection !== null).length);
  const plan = await exercises.loadPlan();
  line('weekly plan, readable and newest', 1, plan.plan && !plan.hasUnreadable ? 1 : 0);
  const dates = await exercises.dateNights();
  line('date nights planned', written('dateNight'), dates.plans.length);
  line('date nights settled', written('dateNightSettled'), dates.settled.length);
  line('readiness marks', READINESS_MARKS.a.length + READINESS_MARKS.b.length, (await exercises.readinessMarks()).length);

  line('tank checks', written('tank'), (await new TankRepo(service.records).history(ALL)).length);
  line('cards marked', 2 * CARDS_MARKED_EACH, (await new CardStateRepo(service.records).load()).size);
  line('love-language results', 2, Object.keys(await new AssessmentRepo(service.records).results()).length);
  line('profiles', 2, Object.keys(await service.profiles.load()).length);
  line('own drafts that parse', DRAFT_SLOTS[viewer].length, await draftsThatParse(service, viewer));
  return lines;
}

async function draftsThatParse(service: VaultService, viewer: PartnerSlot): Promise<number> {
  const parsers: Record<string, (value: unknown) => unknown> = {
    [NEW_ENTRY_DRAFT_SLOT]: parseDraft,
    [draftSlot('weekly')]: (value) => answersFromDraft(value, 'weekly'),
    [ASSESSMENT_DRAFT_SLOT]: parseProgress,
  };
  let count = 0;
  for (const slot of DRAFT_SLOTS[viewer]) {
    const value = await service.drafts.load(slot);
    if (value !== undefined && parsers[slot]?.(value)) count += 1;
  }
  return count;
}

/**
 * What Today loads, through the same functions and lookups (useTodayData.ts, useNextPlannedExercise.ts),
 * as Sam: both wrote tonight, Alex's weekly answer waits sealed, the plan has a next exercise, there is a
 * card, and every day of the history counts. Answers what was found missing.
 */
export async function todayProblems(service: VaultService, days: number): Promise<string[]> {
  const now = new Date();
  const problems: string[] = [];
  const tonight = writtenTonight(await service.records.newest('appreciation', 50), now);
  if (!tonight.a || !tonight.b) problems.push(`tonight's appreciations: ${JSON.stringify(tonight)}`);
  const checkins = new CheckinRepo(service.records);
  const week = weekViewOf(await checkins.list(60), checkins.viewer, weekKey(now));
  if (week.mine !== null || week.partner.state !== 'sealed') problems.push(`this week's check-in: mine ${week.mine ? 'answered' : 'not yet'}, partner ${week.partner.state}`);
  const exercises = new ExerciseLogRepo(service.records);
  const [plan, sessions] = await Promise.all([exercises.loadPlan(), exercises.listSessions()]);
  if (!nextPlannedExercise(plan.plan, readableSessions(sessions), Date.now())) problems.push('no next exercise in the plan');
  if (!cardOfTheDay(now)) problems.push('no card of the day');
  const counted = await countDaysShownUp(service.records);
  if (counted !== days) problems.push(`day count ${counted}, not the ${days} days written`);
  return problems;
}
