import { describe, expect, it } from 'vitest';
import { HELP_DIRECTORIES, type HelpDirectory } from '@shared/content';
import { displayHost, groupByRegion, outcomeText } from './externalLinks';

describe('external link wording', () => {
  it.each([
    { url: 'https://www.relate.org.uk/', expected: 'relate.org.uk' },
    { url: 'https://988lifeline.org/', expected: '988lifeline.org' },
    { url: 'https://www.psychologytoday.com/gb/counselling', expected: 'psychologytoday.com' },
    { url: 'not a url', expected: 'not a url' },
  ])('$url reads as $expected', ({ url, expected }) => {
    expect(displayHost(url)).toBe(expected);
  });

  it.each([
    { outcome: 'asking' as const, expected: 'Hearth is asking whether to open your browser…' },
    { outcome: 'opened' as const, expected: 'Opened relate.org.uk in your browser.' },
    { outcome: 'declined' as const, expected: 'Nothing was opened. You are still in Hearth.' },
    { outcome: 'failed' as const, expected: 'That page could not be opened from here. You can type relate.org.uk into your browser instead.' },
  ])('$outcome', ({ outcome, expected }) => {
    expect(outcomeText(outcome, 'https://www.relate.org.uk/')).toBe(expected);
  });
});

describe('directories by region', () => {
  const at = (id: string, region: string): HelpDirectory => ({ id, name: id, description: '', url: 'https://example.org/', region });

  it.each([
    { name: 'none', input: [], expected: [] },
    { name: 'one region', input: [at('x', 'UK'), at('y', 'UK')], expected: [['UK', ['x', 'y']]] },
    { name: 'regions in first-seen order', input: [at('x', 'UK'), at('y', 'US'), at('z', 'UK')], expected: [['UK', ['x', 'z']], ['US', ['y']]] },
  ])('$name', ({ input, expected }) => {
    expect(groupByRegion(input).map((g) => [g.region, g.directories.map((d) => d.id)])).toEqual(expected);
  });

  it('keeps every directory, and every link is https', () => {
    const groups = groupByRegion(HELP_DIRECTORIES);
    expect(groups.flatMap((g) => g.directories)).toHaveLength(HELP_DIRECTORIES.length);
    for (const directory of HELP_DIRECTORIES) expect(new URL(directory.url).protocol).toBe('https:');
  });
});
