import { describe, expect, it } from 'vitest';
import { run, THIS_WEEK, weeksOf, type WeekSketch } from './ruleFixtures';
import { partnersInSustainedDistress } from './sustainedDistress';

type Row = [string, WeekSketch[], WeekSketch[], ('a' | 'b')[]];

const rows: Row[] = [
  ['no check-ins', [], [], []],
  ['ordinary weeks', run(6, 0, () => ({ mood: 3, stress: 3 })), run(6, 0, () => ({ mood: 4, stress: 2 })), []],
  ['low mood four weeks running', run(4, 0, () => ({ mood: 2 })), [], ['a']],
  ['very low mood, up to last week', run(4, 1, () => ({ mood: 1 })), [], ['a']],
  ['high stress four weeks running', run(4, 0, () => ({ stress: 4 })), [], ['a']],
  ['hard weeks of either kind, mixed', run(4, 0, (i) => (i % 2 ? { stress: 5 } : { mood: 2 })), [], ['a']],
  ['only three hard weeks', run(3, 0, () => ({ mood: 1 })), [], []],
  ['four hard weeks then a better one', run(5, 0, (i) => (i === 0 ? { mood: 4 } : { mood: 1 })), [], []],
  ['four hard weeks that ended a while ago', run(4, 2, () => ({ mood: 1 })), [], []],
  ['stress at "Stretched" is not enough', run(4, 0, () => ({ stress: 3 })), [], []],
  ['for the partner only', run(4, 0, () => ({ mood: 3 })), run(4, 0, () => ({ stress: 5 })), ['b']],
  ['for both', run(4, 0, () => ({ mood: 2 })), run(4, 0, () => ({ stress: 5 })), ['a', 'b']],
];

describe('sustained distress', () => {
  it.each(rows)('%s', (_name, a, b, expected) => {
    expect(partnersInSustainedDistress([...weeksOf('a', a), ...weeksOf('b', b)], THIS_WEEK)).toEqual(expected);
  });
});
