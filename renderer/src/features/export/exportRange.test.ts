import { describe, expect, it } from 'vitest';
import { narrowToWritten, rangeLabel, resolveRange, type RangeChoice } from './exportRange';

const NOW = new Date(2026, 2, 18, 21, 30); // Wednesday 18 March 2026, evening
const choice = (preset: RangeChoice['preset'], customFrom = '', customTo = ''): RangeChoice => ({ preset, customFrom, customTo });

function resolved(value: RangeChoice) {
  const result = resolveRange(value, NOW);
  if (!result.ok) throw new Error(result.message);
  return result.range;
}

describe('resolveRange', () => {
  it.each([
    ['this-month', '2026-03-01', '2026-03-31', new Date(2026, 2, 1), new Date(2026, 3, 1)],
    ['last-month', '2026-02-01', '2026-02-28', new Date(2026, 1, 1), new Date(2026, 2, 1)],
    ['this-year', '2026-01-01', '2026-12-31', new Date(2026, 0, 1), new Date(2027, 0, 1)],
  ] as const)('%s covers %s to %s', (preset, firstDay, lastDay, from, to) => {
    expect(resolved(choice(preset))).toEqual({ from: from.getTime(), to: to.getTime(), firstDay, lastDay, isEverything: false });
  });

  it('last month in January is December of the year before', () => {
    const january = resolveRange(choice('last-month'), new Date(2026, 0, 5));
    expect(january.ok && january.range.firstDay).toBe('2025-12-01');
  });

  it('everything runs from the start to the end of time (a record whose clock ran ahead too)', () => {
    const range = resolved(choice('everything'));
    expect(range.from).toBe(0);
    expect(range.to).toBe(Number.MAX_SAFE_INTEGER);
    expect(range.isEverything).toBe(true);
  });

  it('a custom range includes its last day', () => {
    const range = resolved(choice('custom', '2026-03-02', '2026-03-04'));
    expect([range.from, range.to]).toEqual([new Date(2026, 2, 2).getTime(), new Date(2026, 2, 5).getTime()]);
  });

  it.each([
    ['', '2026-03-04', 'Choose both a first and a last day.'],
    ['2026-02-30', '2026-03-04', 'One of those days does not exist.'],
    ['2026-03-05', '2026-03-04', 'The last day comes before the first. Swap them, or pick again.'],
  ])('refuses %s to %s with a clear message', (from, to, message) => {
    expect(resolveRange(choice('custom', from, to), NOW)).toEqual({ ok: false, message });
  });
});

describe('the days a range names', () => {
  it('everything is narrowed to the first and last day written', () => {
    const range = narrowToWritten(resolved(choice('everything')), [new Date(2024, 4, 2, 9).getTime(), new Date(2026, 2, 1, 22).getTime()]);
    expect(rangeLabel(range)).toBe('2 May 2024 – 1 March 2026');
  });

  it('a preset keeps its own days', () => {
    expect(rangeLabel(narrowToWritten(resolved(choice('this-month')), [new Date(2026, 2, 3).getTime()]))).toBe('1 March 2026 – 31 March 2026');
  });
});
