import { describe, expect, it } from 'vitest';
import { firstRunReducer, initialFirstRun, stepNumber, type FirstRunEvent, type FirstRunState } from './firstRunFlow';

const ada = { name: 'Ada', colour: 'ember' as const };
const bo = { name: 'Bo', colour: 'sage' as const };

function run(events: FirstRunEvent[], from: FirstRunState = initialFirstRun): FirstRunState {
  return events.reduce(firstRunReducer, from);
}

describe('firstRunReducer', () => {
  it('walks one person through to their recovery key', () => {
    const sealing = run([{ type: 'begin' }, { type: 'people-chosen', people: { a: ada } }, { type: 'passphrase-chosen', partner: 'a', passphrase: 'one' }]);
    expect(sealing.step).toEqual({ kind: 'sealing' });
    expect(sealing.passphrases).toEqual({ a: 'one' });
    const keys = run([{ type: 'sealed', recoveryKeys: { a: 'KEY-A' } }], sealing);
    expect(keys.step).toEqual({ kind: 'recovery', partner: 'a' });
    expect(keys.passphrases).toEqual({});
    expect(run([{ type: 'key-kept', partner: 'a' }], keys).step).toEqual({ kind: 'done' });
  });

  it('asks both partners for a passphrase and shows both keys, one at a time', () => {
    const both = run([
      { type: 'begin' },
      { type: 'people-chosen', people: { a: ada, b: bo } },
      { type: 'passphrase-chosen', partner: 'a', passphrase: 'one' },
    ]);
    expect(both.step).toEqual({ kind: 'passphrase', partner: 'b' });
    const sealed = run([{ type: 'passphrase-chosen', partner: 'b', passphrase: 'two' }, { type: 'sealed', recoveryKeys: { a: 'A', b: 'B' } }], both);
    const second = run([{ type: 'key-kept', partner: 'a' }], sealed);
    expect(second.step).toEqual({ kind: 'recovery', partner: 'b' });
    expect(run([{ type: 'key-kept', partner: 'b' }], second).step).toEqual({ kind: 'done' });
  });

  it('goes back a step and forgets passphrases typed since', () => {
    const atB = run([{ type: 'begin' }, { type: 'people-chosen', people: { a: ada, b: bo } }, { type: 'passphrase-chosen', partner: 'a', passphrase: 'one' }]);
    const backToA = run([{ type: 'back' }], atB);
    expect(backToA.step).toEqual({ kind: 'passphrase', partner: 'a' });
    expect(backToA.passphrases).toEqual({});
    expect(run([{ type: 'back' }, { type: 'back' }], backToA).step).toEqual({ kind: 'welcome' });
  });

  it('returns to the last passphrase after a failed sealing, saying so', () => {
    const failed = run([
      { type: 'begin' },
      { type: 'people-chosen', people: { a: ada, b: bo } },
      { type: 'passphrase-chosen', partner: 'a', passphrase: 'one' },
      { type: 'passphrase-chosen', partner: 'b', passphrase: 'two' },
      { type: 'seal-failed' },
    ]);
    expect(failed.step).toEqual({ kind: 'passphrase', partner: 'b' });
    expect(failed.didSealFail).toBe(true);
    expect(failed.passphrases).toEqual({ a: 'one' });
  });

  it('numbers the steps', () => {
    expect(stepNumber({ kind: 'welcome' }, false)).toBeNull();
    expect(stepNumber({ kind: 'who' }, false)).toEqual({ current: 1, total: 3 });
    expect(stepNumber({ kind: 'passphrase', partner: 'b' }, true)).toEqual({ current: 3, total: 4 });
    expect(stepNumber({ kind: 'recovery', partner: 'b' }, true)).toEqual({ current: 4, total: 4 });
  });
});
