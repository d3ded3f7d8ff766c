import { describe, expect, it } from 'vitest';
import { BUDGETS, BUDGET_LABELS, DATE_NIGHT_IDEAS, dateNightById, dateNightsBySetting } from './dateNights';

describe('date-night ideas', () => {
  it('has at least 30 ideas with unique ids and titles', () => {
    expect(DATE_NIGHT_IDEAS.length).toBeGreaterThanOrEqual(30);
    const ids = DATE_NIGHT_IDEAS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = DATE_NIGHT_IDEAS.map((d) => d.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each([['in'], ['out']] as const)('has at least 12 ideas %s', (setting) => {
    expect(dateNightsBySetting(setting).length).toBeGreaterThanOrEqual(12);
  });

  it.each(DATE_NIGHT_IDEAS.map((d) => [d.id, d] as const))('%s is complete', (_id, idea) => {
    expect(idea.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['in', 'out']).toContain(idea.setting);
    expect(idea.title.trim()).not.toBe('');
    expect(idea.description.trim()).not.toBe('');
    expect(idea.description).not.toContain('\n');
    if (idea.budget !== undefined) expect(BUDGETS).toContain(idea.budget);
  });

  it('labels every budget and looks ideas up', () => {
    for (const b of BUDGETS) expect(BUDGET_LABELS[b].trim()).not.toBe('');
    expect(dateNightById('candlelit-dinner')?.setting).toBe('in');
    expect(dateNightById('nope')).toBeUndefined();
  });
});
