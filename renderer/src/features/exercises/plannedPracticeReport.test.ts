import { describe, expect, it } from 'vitest';
import { plannedPracticeUntil } from './plannedPracticeReport';

describe('what main is told about the plan', () => {
  const wednesday = new Date(2026, 5, 3, 12).getTime();
  const nextMonday = new Date(2026, 5, 8).getTime();

  it('is the end of the week while a planned practice is still to do', () => {
    expect(plannedPracticeUntil({ items: [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 2 }] }, [], wednesday)).toBe(nextMonday);
  });

  it('is nothing without a plan, or once the week is done', () => {
    expect(plannedPracticeUntil(null, [], wednesday)).toBeNull();
    const done = [{ exerciseId: 'twenty-minute-talk', startedAt: new Date(2026, 5, 2, 20).getTime() }];
    expect(plannedPracticeUntil({ items: [{ exerciseId: 'twenty-minute-talk', timesPerWeek: 1 }] }, done, wednesday)).toBeNull();
  });
});
