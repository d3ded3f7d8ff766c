/**
 * Checks every piece of text in the content at once: nothing unfinished, nothing clinical, nothing that
 * shames, and links only where a link belongs.
 */
import { describe, expect, it } from 'vitest';
import * as content from './index';

function collectStrings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => collectStrings(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectStrings(item, `${path}.${key}`, out);
  }
}

const strings: [string, string][] = [];
for (const [name, value] of Object.entries(content)) collectStrings(value, name, strings);

const FORBIDDEN: [string, RegExp][] = [
  ['placeholder words', /\b(todo|tbd|fixme|xxx|lorem|ipsum|placeholder)\b/i],
  ['clinical labels', /\b(diagnos\w*|dysfunction\w*|disorder\w*|frigid|patient)\b/i],
  ['shaming words', /\b(lazy|selfish|failing|pathetic|you should have)\b/i],
];

describe('all content text', () => {
  it('was collected', () => {
    expect(strings.length).toBeGreaterThan(500);
  });

  it.each(FORBIDDEN)('contains no %s', (_label, pattern) => {
    const hits = strings.filter(([, text]) => pattern.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(hits).toEqual([]);
  });

  it('has no stray whitespace or doubled spaces', () => {
    const hits = strings.filter(([, text]) => text !== text.trim() || /\s{2,}/.test(text)).map(([path]) => path);
    expect(hits).toEqual([]);
  });

  it('keeps addresses in url fields only, and those are https', () => {
    for (const [path, text] of strings) {
      const isUrlField = path.endsWith('.url');
      if (isUrlField) expect(text, path).toMatch(/^https:\/\//);
      else expect(text, path).not.toMatch(/https?:\/\/|www\./);
    }
  });
});
