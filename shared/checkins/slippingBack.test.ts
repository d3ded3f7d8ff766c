import { describe, expect, it } from 'vitest';
import { run, THIS_WEEK, weeksOf, type WeekSketch } from './ruleFixtures';
import { isSlippingBack, slippingBackReasons, type SlippingBackReason } from './slippingBack';

type Row = [string, WeekSketch[], WeekSketch[], SlippingBackReason['kind'][]];

const rows: Row[] = [
  ['no check-ins at all', [], [], []],
  ['steady weeks', run(8, 0, () => ({ close: 4 })), run(8, 0, () => ({ close: 4 })), []],
  ['bothered three weeks running, up to this week', run(3, 0, () => ({ bothered: true })), [], ['botheredInARow']],
  ['bothered three weeks running, up to last week', run(3, 1, () => ({ bothered: true })), [], ['botheredInARow']],
  ['bothered three in a row, but the newest was two weeks ago', run(3, 2, () => ({ bothered: true })), [], []],
  ['bothered twice, then not', run(3, 0, (i) => ({ bothered: i > 0 })), [], []],
  ['bothered only twice so far', run(2, 0, () => ({ bothered: true })), [], []],
  ['bothered three check-ins running with a skipped week between', [{ ago: 0, bothered: true }, { ago: 2, bothered: true }, { ago: 3, bothered: true }], [], ['botheredInARow']],
  ['closeness down a full point (4 to 3)', run(6, 0, (i) => ({ close: i < 3 ? 3 : 4 })), [], ['closenessEasing']],
  ['closeness down less than a point', run(6, 0, (i) => ({ close: i === 0 ? 3 : 4 })), [], []],
  ['closeness down, but only five weeks of answers', run(5, 0, (i) => ({ close: i < 3 ? 2 : 5 })), [], []],
  ['closeness rising', run(6, 0, (i) => ({ close: i < 3 ? 5 : 3 })), [], []],
  ['closeness down for the partner only', run(6, 0, () => ({ close: 4 })), run(6, 1, (i) => ({ close: i < 3 ? 2 : 4 })), ['closenessEasing']],
  ['closeness down long ago, nothing this or last week', run(6, 2, (i) => ({ close: i < 3 ? 1 : 5 })), [], []],
  [
    'both rules for one partner',
    run(6, 0, (i) => ({ close: i < 3 ? 2 : 4, bothered: i < 3 })),
    [],
    ['botheredInARow', 'closenessEasing'],
  ],
];

describe('slipping back', () => {
  it.each(rows)('%s', (_name, a, b, expected) => {
    const signals = [...weeksOf('a', a), ...weeksOf('b', b)];
    expect(slippingBackReasons(signals, THIS_WEEK).map((reason) => reason.kind)).toEqual(expected);
    expect(isSlippingBack(signals, THIS_WEEK)).toBe(expected.length > 0);
  });

  it('says who and by how much, for the screens to explain gently', () => {
    const signals = weeksOf('b', run(6, 0, (i) => ({ close: i < 3 ? 2 : 4 })));
    expect(slippingBackReasons(signals, THIS_WEEK)).toEqual([{ kind: 'closenessEasing', author: 'b', earlier: 4, recent: 2 }]);
  });

  it('ignores check-ins filed under a future week', () => {
    const signals = weeksOf('a', [{ ago: -1, bothered: false }, ...run(3, 0, () => ({ bothered: true }))]);
    expect(isSlippingBack(signals, THIS_WEEK)).toBe(true);
  });
});
