import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKeyBytes, importDataKey } from '@renderer/data/crypto/keys';
import { unlockedRing } from '@renderer/data/testing/testVault';
import { HearthDb } from '@renderer/data/storage/hearthDb';
import { RecordStore } from '@renderer/data/storage/recordStore';
import { ExerciseLogRepo, type NewSession } from './exerciseLogRepo';

const SECRET = 'reflection-5b1d-only-for-me';
const T = new Date(2026, 4, 14, 20, 0).getTime();

function talk(overrides: Partial<NewSession> = {}): NewSession {
  return {
    exerciseId: 'twenty-minute-talk',
    participants: 'both',
    startedAt: T,
    durationSeconds: 1175,
    feeling: 4,
    reflection: 'We laughed more than we expected.',
    isReflectionPrivate: false,
    ...overrides,
  };
}

describe('ExerciseLogRepo', () => {
  let db: HearthDb;
  let stores: { a: RecordStore; b: RecordStore };
  let ada: ExerciseLogRepo;
  let bo: ExerciseLogRepo;

  beforeEach(async () => {
    db = new HearthDb(`exercises-${crypto.randomUUID()}`);
    const us = await importDataKey(generateDataKeyBytes());
    const ring = async (partner: 'a' | 'b') => {
      return unlockedRing(partner, us);
    };
    let clock = T;
    const now = () => (clock += 1000);
    stores = { a: new RecordStore(db, await ring('a'), now), b: new RecordStore(db, await ring('b'), now) };
    ada = new ExerciseLogRepo(stores.a);
    bo = new ExerciseLogRepo(stores.b);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('logs a session both partners can read, with its real length and a shared reflection', async () => {
    const id = await ada.logSession(talk());
    const seen = await bo.listSessions();
    expect(seen).toEqual([
      {
        status: 'ok',
        id,
        author: 'a',
        privateReflection: null,
        session: { type: 'session', v: 1, exerciseId: 'twenty-minute-talk', participants: 'both', startedAt: T, durationSeconds: 1175, feeling: 4, reflection: 'We laughed more than we expected.' },
      },
    ]);
  });

  it('keeps a private reflection out of the shared record and away from the partner', async () => {
    const id = await ada.logSession(talk({ reflection: `  ${SECRET}  `, isReflectionPrivate: true }));
    expect(await ada.listSessions()).toEqual([expect.objectContaining({ id, privateReflection: SECRET, session: expect.objectContaining({ reflection: '' }) })]);
    expect(await bo.listSessions()).toEqual([expect.objectContaining({ id, privateReflection: null, session: expect.objectContaining({ reflection: '' }) })]);
    const rows = await db.records.toArray();
    expect(rows.map((row) => [row.kind, row.keyId]).sort()).toEqual([
      ['session', 'private'],
      ['session', 'us'],
    ]);
    expect(JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v))).not.toContain(SECRET);
  });

  it('lists sessions by when they began, and a stage for sensate focus', async () => {
    await ada.logSession(talk({ startedAt: T - 86_400_000 }));
    await bo.logSession(talk({ exerciseId: 'sensate-focus', stage: 1, startedAt: T }));
    await ada.logSession(talk({ exerciseId: 'walk-together', participants: 'a', startedAt: T - 2 * 86_400_000, feeling: null, reflection: '' }));
    const list = await ada.listSessions();
    expect(list.map((e) => (e.status === 'ok' ? [e.session.exerciseId, e.session.stage] : e.status))).toEqual([
      ['sensate-focus', 1],
      ['twenty-minute-talk', undefined],
      ['walk-together', undefined],
    ]);
  });

  it.each<[string, Partial<NewSession>]>([
    ['a feeling of 7', { feeling: 7 as never }],
    ['an hour of more than a day', { durationSeconds: 90_000 }],
    ['a stage that does not exist', { exerciseId: 'sensate-focus', stage: 9 }],
  ])('refuses %s and stores nothing', async (_name, overrides) => {
    await expect(ada.logSession(talk(overrides))).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
  });

  it('shows a session that fails its schema as unreadable, not as an error', async () => {
    await stores.a.put({ kind: 'session', keyId: 'us', payload: { type: 'session', v: 99 } });
    expect(await bo.listSessions()).toEqual([expect.objectContaining({ status: 'unreadable', author: 'a' })]);
  });

  it('deletes an own session with its private reflection, and never the partner’s', async () => {
    const mine = await ada.logSession(talk({ reflection: SECRET, isReflectionPrivate: true }));
    const theirs = await bo.logSession(talk());
    await expect(ada.deleteSession(theirs)).rejects.toThrow();
    await ada.deleteSession(mine);
    expect((await ada.listSessions()).map((e) => e.id)).toEqual([theirs]);
    expect(await db.records.count()).toBe(1);
  });

  it('keeps one readiness mark per partner per stage, changed only by its author', async () => {
    await ada.markReady(1, true);
    await bo.markReady(1, false);
    await bo.markReady(1, true);
    await ada.markReady(2, true);
    await ada.markReady(2, false);
    const marks = await bo.readinessMarks();
    expect(marks.sort((x, y) => x.stage - y.stage || x.author.localeCompare(y.author))).toEqual([
      { author: 'a', stage: 1, isReady: true },
      { author: 'b', stage: 1, isReady: true },
      { author: 'a', stage: 2, isReady: false },
    ]);
    expect(await db.records.where('[kind+createdAt]').between(['readiness', -Infinity], ['readiness', Infinity]).count()).toBe(3);
  });

  it('shares one weekly plan that either partner may change', async () => {
    expect(await bo.loadPlan()).toEqual({ plan: null, author: null, updatedAt: null, hasUnreadable: false });
    await ada.savePlan({ v: 1, items: [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 1 }] });
    expect((await bo.loadPlan()).plan?.items).toEqual([{ exerciseId: 'twenty-minute-talk', timesPerWeek: 1 }]);
    await bo.savePlan({ v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 3 }] });
    await ada.savePlan({ v: 1, items: [{ exerciseId: 'device-free-hour', timesPerWeek: 5 }] });
    expect(await bo.loadPlan()).toMatchObject({ author: 'a', plan: { items: [{ exerciseId: 'device-free-hour', timesPerWeek: 5 }] } });
    await bo.savePlan({ v: 1, items: [] });
    expect(await ada.loadPlan()).toMatchObject({ author: 'b', plan: { items: [] } });
  });

  it('falls back to an older plan when the newest cannot be opened, and says so', async () => {
    await ada.savePlan({ v: 1, items: [{ exerciseId: 'walk-together', timesPerWeek: 2 }] });
    await stores.b.put({ kind: 'plan', keyId: 'us', payload: { v: 1, items: 'nonsense' } });
    expect(await ada.loadPlan()).toMatchObject({ author: 'a', hasUnreadable: true, plan: { items: [{ exerciseId: 'walk-together', timesPerWeek: 2 }] } });
  });

  it('refuses a plan that lists an exercise twice', async () => {
    const twice = { v: 1 as const, items: [{ exerciseId: 'walk-together', timesPerWeek: 2 }, { exerciseId: 'walk-together', timesPerWeek: 1 }] };
    await expect(ada.savePlan(twice)).rejects.toThrow();
  });

  it('keeps date nights beside the weekly plan without either disturbing the other', async () => {
    await ada.savePlan({ v: 1, items: [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 2 }] });
    const planId = await ada.planDateNight('candlelit-dinner', '2026-05-20');
    await ada.savePlan({ v: 1, items: [{ exerciseId: 'long-hug', timesPerWeek: 7 }] });
    expect((await bo.dateNights()).plans).toEqual([{ id: planId, author: 'a', day: '2026-05-20', ideaId: 'candlelit-dinner' }]);
    const plan = await bo.loadPlan();
    expect(plan.plan?.items).toEqual([{ exerciseId: 'long-hug', timesPerWeek: 7 }]);
    expect(plan.hasUnreadable).toBe(false);
  });

  it('lets either partner settle a date night the other planned', async () => {
    const planId = await ada.planDateNight('sunset-walk', '2026-05-21');
    const sessionId = await bo.logSession(talk({ exerciseId: 'date-night-out' }));
    await bo.settleDateNight(planId, 'done', sessionId);
    expect((await ada.dateNights()).settled).toEqual([{ type: 'dateNightSettled', v: 1, planId, outcome: 'done', sessionId }]);
  });

  it('refuses a date night for a day that does not exist', async () => {
    await expect(ada.planDateNight('sunset-walk', '2026-02-30')).rejects.toThrow();
  });
});
