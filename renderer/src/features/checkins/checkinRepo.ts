/**
 * Check-ins in the vault: the one module that reads and writes `checkin` records.
 *
 * Owns: each check-in as one record in the Us space, its answers inside the sealed payload (validated with
 * shared/checkins/checkinSchema.ts on the way in and out; a payload that fails shows as unreadable); a
 * "bothering me" note kept private as a second record under the author's private key, pointing at its
 * check-in by id, so the partner never receives it; one quick check-in per partner per day and one weekly per
 * week (saving again edits it). Must not: show the partner's sealed weekly answers (applyReveal.ts seals
 * them before anything leaves this module), touch any other record kind, or delete a check-in.
 */
import {
  checkinPayloadSchema,
  dayKey,
  OBSTACLE_IDS,
  weekKey,
  type Checkin,
  type CheckinPayload,
  type PartnerId,
  type PrivateNote,
  type WeekKey,
  type WeeklyCheckin,
} from '@shared/checkins';
import { collection, commit, type Collection, type PendingWrite, type RecordStore, type Stored } from '@renderer/data';
import { applyReveal, type ParsedRecord } from './applyReveal';
import type { CompleteAnswers } from './checkinAnswers';
import type { CheckinEntry } from './checkinEntry';

/** How far back history looks: a year of daily check-ins for two, their weekly ones and private notes. */
export const HISTORY_LIMIT = 1_500;
/** How far back a save looks for today's or this week's answer (and its note) to edit. */
const LOOKUP_LIMIT = 200;
const WEEK_MS = 7 * 24 * 3_600_000;

/** Check-ins for the partner who is unlocked. Every method fails with VaultLockedError once locked. */
export class CheckinRepo {
  #records: RecordStore;
  #checkins: Collection<CheckinPayload>;
  #now: () => Date;

  constructor(records: RecordStore, now: () => Date = () => new Date()) {
    this.#records = records;
    this.#checkins = collection(records, 'checkin', checkinPayloadSchema);
    this.#now = now;
  }

  /** The partner who is here. */
  get viewer(): PartnerId {
    return this.#records.partner;
  }

  /** Check-ins newest first, with the reveal rule applied and the viewer's private notes joined. */
  async list(limit = HISTORY_LIMIT): Promise<CheckinEntry[]> {
    return applyReveal(await this.#open(limit), this.viewer);
  }

  /**
   * Check-ins made in [from, to), newest first, as `list` answers them. The reveal rule looks a week beyond
   * each end, so a weekly answer both partners gave either side of the range's edge reads as it does on screen.
   */
  async between(from: number, to: number): Promise<CheckinEntry[]> {
    const stored = await this.#checkins.between(from - WEEK_MS, to + WEEK_MS);
    const entries = applyReveal(stored.map(toParsed), this.viewer);
    return entries.filter((entry) => entry.createdAt >= from && entry.createdAt < to);
  }

  /**
   * Saves the viewer's quick check-in for today or weekly check-in for this week, replacing the one already
   * there. A private note goes into its own private record; a shared one stays in the check-in. Both are
   * stored in one transaction: the check-in and its note, or neither. Answers the check-in's id.
   */
  async save(answers: CompleteAnswers): Promise<string> {
    const records = await this.#open(LOOKUP_LIMIT);
    const now = this.#now();
    const existing = records.find((record) => isOwnFor(record, this.viewer, answers.type, now));
    const previous = existing?.status === 'ok' ? (existing.payload as Checkin) : undefined;
    const id = existing?.id ?? crypto.randomUUID();
    const checkin = await this.#checkins.prepare(buildCheckin(answers, now, previous), { id, space: 'us' });
    await commit(this.#records, [checkin, ...(await this.#noteWrites(records, id, answers))]);
    return id;
  }

  /** Shows the viewer's weekly answer for `week` to their partner now, before the partner has answered. */
  async reveal(week: WeekKey): Promise<void> {
    const records = await this.#open(LOOKUP_LIMIT);
    const own = records.find(
      (record) => record.author === this.viewer && record.status === 'ok' && record.payload.type === 'weekly' && record.payload.week === week,
    );
    if (own?.status !== 'ok' || own.payload.type !== 'weekly') throw new Error('There is no weekly check-in to reveal for that week.');
    const payload: WeeklyCheckin = { ...own.payload, revealedAt: this.#now().getTime() };
    await this.#checkins.put(payload, { id: own.id, space: 'us' });
  }

  /** The writes that keep the private note beside its check-in: replace it, add it, or remove it. */
  async #noteWrites(records: readonly ParsedRecord[], checkinId: string, answers: CompleteAnswers): Promise<PendingWrite[]> {
    const note = answers.isBothered && answers.isNotePrivate ? answers.botheringNote.trim() : '';
    const existing = records.find(
      (record) => record.author === this.viewer && record.status === 'ok' && record.payload.type === 'privateNote' && record.payload.checkinId === checkinId,
    );
    if (note) {
      const payload: PrivateNote = { type: 'privateNote', v: 1, checkinId, note };
      return [await this.#checkins.prepare(payload, { id: existing?.id, space: 'private' })];
    }
    return existing ? [this.#checkins.prepareRemove(existing.id)] : [];
  }

  async #open(limit: number): Promise<ParsedRecord[]> {
    return (await this.#checkins.newest(limit)).map(toParsed);
  }
}

function toParsed(record: Stored<CheckinPayload>): ParsedRecord {
  const head = { id: record.id, author: record.author, createdAt: record.createdAt, updatedAt: record.updatedAt };
  return record.status === 'ok' ? { ...head, status: 'ok', payload: record.value } : { ...head, status: 'unreadable' };
}

function isOwnFor(record: ParsedRecord, viewer: PartnerId, type: Checkin['type'], now: Date): boolean {
  if (record.author !== viewer || record.status !== 'ok') return false;
  const payload: CheckinPayload = record.payload;
  if (payload.type === 'quick') return type === 'quick' && payload.day === dayKey(now);
  if (payload.type === 'weekly') return type === 'weekly' && payload.week === weekKey(now);
  return false;
}

/** The payload for the answers, keeping the first day of an edited check-in and whether it was revealed. */
export function buildCheckin(answers: CompleteAnswers, now: Date, previous: Checkin | undefined): Checkin {
  const sharedNote = answers.isBothered && !answers.isNotePrivate ? answers.botheringNote.trim() : '';
  const common = {
    v: 1 as const,
    day: previous?.day ?? dayKey(now),
    scales: answers.scales,
    howAreYou: answers.howAreYou.trim(),
    bothering: { isBothered: answers.isBothered, note: sharedNote },
  };
  if (answers.type === 'quick') return { type: 'quick', ...common };
  const obstacles = OBSTACLE_IDS.filter((id) => answers.obstacles.includes(id));
  return {
    type: 'weekly',
    ...common,
    week: weekKey(now),
    obstacles,
    otherObstacle: obstacles.includes('other') ? answers.otherObstacle.trim() : '',
    whatWouldHelp: answers.whatWouldHelp.trim(),
    revealedAt: previous?.type === 'weekly' ? previous.revealedAt : null,
  };
}
