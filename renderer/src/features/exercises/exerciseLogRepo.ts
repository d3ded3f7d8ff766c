/**
 * The exercise tracker in the vault: the one module that reads and writes `session`, `readiness` and `plan`
 * records (payloads in shared/exercises/exerciseRecords.ts, validated on the way in and out; a payload that
 * fails shows as unreadable, never as an error).
 *
 * Owns: each session as one record in the Us space, with a reflection kept private stored beside it as a
 * second record under the author's private key, pointing at its session by id (so the partner's keys never
 * open it); one readiness mark per partner per sensate focus stage, which only its author changes; the
 * couple's weekly plan, where the newest readable plan is the plan and either partner may change it; the
 * date nights they plan (`plan` records of type `dateNight`, each settled later by a `dateNightSettled`
 * record from either partner), which the weekly plan passes by.
 * Must not: touch any other record kind, delete anything but the viewer's own sessions, or let a private
 * reflection reach the Us space.
 */
import { z } from 'zod';
import {
  dateNightPayloadSchema,
  readinessSchema,
  sessionPayloadSchema,
  weeklyPlanSchema,
  type DateNightOutcome,
  type DateNightPayload,
  type DateNightSettled,
  type Feeling,
  type PlannedDateNight,
  type Participants,
  type PrivateReflection,
  type Readiness,
  type ReadinessMark,
  type Session,
  type WeeklyPlan,
} from '@shared/exercises';
import { collection, commit, type Collection, type RecordStore, type Stored } from '@renderer/data';
import type { PartnerSlot } from '@shared/partners';

/** How far back the log looks: years of practice for two. */
export const SESSION_LIMIT = 3_000;
const READINESS_LIMIT = 200;
/** Plan records: the weekly plans and every date night planned or settled. */
const PLAN_LIMIT = 2_000;

/** A session as the screens see it. */
export type SessionEntry =
  | { status: 'ok'; id: string; author: PartnerSlot; session: Session; privateReflection: string | null }
  | { status: 'unreadable'; id: string; author: PartnerSlot; createdAt: number };

/** What the log form gathers. */
export interface NewSession {
  exerciseId: string;
  participants: Participants;
  startedAt: number;
  durationSeconds: number;
  feeling: Feeling | null;
  reflection: string;
  /** True: the reflection goes into the author's private space; false: both partners may read it. */
  isReflectionPrivate: boolean;
  /** The sensate focus stage, for that programme only. */
  stage?: number;
}

/** The date nights as the planner sees them: plans (with who planned them) and which are over. */
export interface DateNightRecords {
  plans: (PlannedDateNight & { author: PartnerSlot })[];
  settled: DateNightSettled[];
}

/** A `plan` record holds either the couple's weekly plan or a date night planned or settled. */
const planRecordSchema = z.union([weeklyPlanSchema, dateNightPayloadSchema]);
type PlanRecord = WeeklyPlan | DateNightPayload;

/** The plan as the screens see it; `plan` is null before anyone made one. */
export interface PlanState {
  plan: WeeklyPlan | null;
  author: PartnerSlot | null;
  updatedAt: number | null;
  /** True when a newer plan record could not be opened and an older one (or none) is shown. */
  hasUnreadable: boolean;
}

/** Sessions newest start first, each with the viewer's own private reflection joined (never the partner's). */
function joinReflections(records: readonly Stored<Session | PrivateReflection>[], viewer: PartnerSlot): SessionEntry[] {
  const reflections = new Map<string, string>();
  const entries: SessionEntry[] = [];
  for (const record of records) {
    if (record.status !== 'ok') {
      // A private record that cannot be opened is the author's own: shown with the sessions, like any other.
      entries.push({ status: 'unreadable', id: record.id, author: record.author, createdAt: record.createdAt });
    } else if (record.value.type === 'privateReflection') {
      if (record.space === 'private' && record.author === viewer) reflections.set(record.value.sessionId, record.value.text);
    } else {
      entries.push({ status: 'ok', id: record.id, author: record.author, session: record.value, privateReflection: null });
    }
  }
  return entries
    .map((entry) => (entry.status === 'ok' ? { ...entry, privateReflection: reflections.get(entry.id) ?? null } : entry))
    .sort((x, y) => startOf(y) - startOf(x));
}

/** Exercise records for the partner who is unlocked. Every method fails with VaultLockedError once locked. */
export class ExerciseLogRepo {
  #records: RecordStore;
  #sessions: Collection<Session | PrivateReflection>;
  #readiness: Collection<Readiness>;
  #plans: Collection<PlanRecord>;

  constructor(records: RecordStore) {
    this.#records = records;
    this.#sessions = collection(records, 'session', sessionPayloadSchema);
    this.#readiness = collection(records, 'readiness', readinessSchema);
    this.#plans = collection(records, 'plan', planRecordSchema);
  }

  /** The partner who is here. */
  get viewer(): PartnerSlot {
    return this.#records.partner;
  }

  /** Sessions the viewer may see, newest start first, each with the viewer's own private reflection joined. */
  async listSessions(limit = SESSION_LIMIT): Promise<SessionEntry[]> {
    return joinReflections(await this.#sessions.newest(limit), this.viewer);
  }

  /** Sessions that began in [from, to), as `listSessions` answers them (a private reflection is stored at its session's start). */
  async sessionsBetween(from: number, to: number): Promise<SessionEntry[]> {
    return joinReflections(await this.#sessions.between(from, to), this.viewer);
  }

  /**
   * Logs a session by the viewer; answers its id. A private reflection goes into its own private record,
   * stored in the same transaction as the session: both, or neither.
   */
  async logSession(input: NewSession): Promise<string> {
    const reflection = input.reflection.trim();
    // The collection checks both payloads against their schemas as it seals them.
    const session: Session = {
      type: 'session',
      v: 1,
      exerciseId: input.exerciseId,
      participants: input.participants,
      startedAt: Math.round(input.startedAt),
      durationSeconds: Math.round(input.durationSeconds),
      feeling: input.feeling,
      reflection: input.isReflectionPrivate ? '' : reflection,
      ...(input.stage === undefined ? {} : { stage: input.stage }),
    };
    const id = crypto.randomUUID();
    const writes = [await this.#sessions.prepare(session, { id, space: 'us', createdAt: session.startedAt })];
    if (input.isReflectionPrivate && reflection) {
      const payload: PrivateReflection = { type: 'privateReflection', v: 1, sessionId: id, text: reflection };
      writes.push(await this.#sessions.prepare(payload, { space: 'private', createdAt: session.startedAt }));
    }
    await commit(this.#records, writes);
    return id;
  }

  /** Removes one of the viewer's own sessions and its private reflection, in one transaction. */
  async deleteSession(id: string): Promise<void> {
    const reflections = (await this.#sessions.newest(SESSION_LIMIT)).filter(
      (record) =>
        record.status === 'ok' &&
        record.space === 'private' &&
        record.author === this.viewer &&
        record.value.type === 'privateReflection' &&
        record.value.sessionId === id,
    );
    await commit(this.#records, [...reflections.map((record) => this.#sessions.prepareRemove(record.id)), this.#sessions.prepareRemove(id)]);
  }

  /** Both partners' latest readiness marks, one per partner per stage. Marks that cannot be opened count as not ready. */
  async readinessMarks(): Promise<ReadinessMark[]> {
    return latestMarks(await this.#readiness.newest(READINESS_LIMIT));
  }

  /** Sets the viewer's own "ready for the next stage" mark for a sensate focus stage. */
  async markReady(stage: number, isReady: boolean): Promise<void> {
    const own = (await this.#readiness.newest(READINESS_LIMIT)).find(
      (record) => record.status === 'ok' && record.author === this.viewer && record.value.stage === stage,
    );
    await this.#readiness.put({ v: 1, programme: 'sensate-focus', stage, isReady }, { id: own?.id, space: 'us' });
  }

  /** The couple's weekly plan: the newest plan record that opens. */
  async loadPlan(): Promise<PlanState> {
    let hasUnreadable = false;
    for (const record of byUpdate(await this.#plans.newest(PLAN_LIMIT))) {
      if (record.status !== 'ok') hasUnreadable = true;
      else if (!isDateNight(record.value)) return { plan: record.value, author: record.author, updatedAt: record.updatedAt, hasUnreadable };
    }
    return { plan: null, author: null, updatedAt: null, hasUnreadable };
  }

  /** Saves the plan for both partners: replaces the viewer's own plan record, or adds one. */
  async savePlan(plan: WeeklyPlan): Promise<void> {
    const own = (await this.#plans.newest(PLAN_LIMIT)).find(
      (record) => record.author === this.viewer && !(record.status === 'ok' && isDateNight(record.value)),
    );
    await this.#plans.put(plan, { id: own?.id, space: 'us' });
  }

  /** Every date night planned, and which are over. Records that cannot be opened are left out. */
  async dateNights(): Promise<DateNightRecords> {
    const result: DateNightRecords = { plans: [], settled: [] };
    for (const record of await this.#plans.newest(PLAN_LIMIT)) {
      if (record.status !== 'ok' || !isDateNight(record.value)) continue;
      if (record.value.type === 'dateNight') result.plans.push({ id: record.id, author: record.author, day: record.value.day, ideaId: record.value.ideaId });
      else result.settled.push(record.value);
    }
    return result;
  }

  /** Plans a date night for both partners; answers its id. */
  async planDateNight(ideaId: string, day: string): Promise<string> {
    return (await this.#plans.put({ type: 'dateNight', v: 1, ideaId, day }, { space: 'us' })).id;
  }

  /** Marks a planned date night as done (with its logged session) or let go; either partner may. */
  async settleDateNight(planId: string, outcome: DateNightOutcome, sessionId?: string): Promise<void> {
    await this.#plans.put({ type: 'dateNightSettled', v: 1, planId, outcome, ...(sessionId ? { sessionId } : {}) }, { space: 'us' });
  }
}

function startOf(entry: SessionEntry): number {
  return entry.status === 'ok' ? entry.session.startedAt : entry.createdAt;
}

function isDateNight(value: PlanRecord): value is DateNightPayload {
  return 'type' in value;
}

/** Newest change first: a plan edited later wins over one created later. */
function byUpdate<T>(records: readonly Stored<T>[]): Stored<T>[] {
  return [...records].sort((x, y) => y.updatedAt - x.updatedAt);
}

function latestMarks(records: readonly Stored<Readiness>[]): ReadinessMark[] {
  const latest = new Map<string, ReadinessMark & { updatedAt: number }>();
  for (const record of records) {
    if (record.status !== 'ok') continue;
    const key = `${record.author}/${record.value.stage}`;
    const seen = latest.get(key);
    if (!seen || seen.updatedAt < record.updatedAt) {
      latest.set(key, { author: record.author, stage: record.value.stage, isReady: record.value.isReady, updatedAt: record.updatedAt });
    }
  }
  return [...latest.values()].map(({ author, stage, isReady }) => ({ author, stage, isReady }));
}
