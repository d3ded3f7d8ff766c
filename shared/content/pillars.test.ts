import { describe, expect, it } from 'vitest';
import { isPillarId, PILLAR_IDS, PILLARS, pillarById } from './pillars';

describe('pillars', () => {
  it('are the five from the guide, in order', () => {
    expect(PILLARS.map((p) => p.id)).toEqual([
      'communication',
      'emotional-connection',
      'physical-closeness',
      'quality-time',
      'professional-help',
    ]);
    expect(PILLARS.map((p) => p.id)).toEqual([...PILLAR_IDS]);
  });

  it.each(PILLARS.map((p) => [p.id, p] as const))('%s has a name, a one-line summary and a paragraph', (_id, pillar) => {
    expect(pillar.name.trim()).not.toBe('');
    expect(pillar.summary.trim()).not.toBe('');
    expect(pillar.summary).not.toContain('\n');
    expect(pillar.summary.length).toBeLessThanOrEqual(100);
    expect(pillar.whyItMatters.length).toBeGreaterThan(pillar.summary.length);
  });

  it('looks pillars up and recognises ids', () => {
    expect(pillarById('quality-time').name).toBe('Quality time');
    expect(isPillarId('repair')).toBe(false);
    expect(isPillarId(3)).toBe(false);
    expect(isPillarId('communication')).toBe(true);
  });
});
