import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_NAME, ImportRefusedError, MAX_PAYLOAD_DEPTH, parseExport, type HearthExport } from './openExport';

const record = fc.record({
  id: fc.uuid({ version: 4 }),
  kind: fc.constantFrom('appreciation', 'checkin', 'session', 'plan', 'tank'),
  space: fc.constantFrom('us', 'private'),
  author: fc.constantFrom('a', 'b'),
  createdAt: fc.nat(),
  updatedAt: fc.nat(),
  // Through JSON once: fc.jsonValue may give -0, which JSON itself writes as 0, so no file could hold it.
  payload: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown)),
});

const validExport = fc.record({
  format: fc.constant(EXPORT_FORMAT_NAME),
  version: fc.constant(1),
  exportedAt: fc.nat(),
  partner: fc.constantFrom('a', 'b'),
  records: fc.uniqueArray(record, { selector: (entry) => entry.id, maxLength: 5 }),
});

const loneSurrogate = fc.constantFrom('\ud800', '\udfff', 'a\ud83d', '\ude00b');

/** Text an attacker or a broken disk might hand the importer. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.json(),
  fc.nat({ max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.nat({ max: 5_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  validExport.map((value) => JSON.stringify(value).replace('"payload":{', '"payload":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')),
  validExport.map((value) => JSON.stringify(value).replace('{"format"', '{"__proto__":{"polluted":true},"format"')),
  fc.tuple(validExport, loneSurrogate).map(([value, surrogate]) => JSON.stringify({ ...value, records: value.records.map((entry) => ({ ...entry, payload: { text: surrogate } })) })),
  validExport.filter((value) => value.records.length > 0).map((value) => JSON.stringify({ ...value, records: [...value.records, value.records[0]] })),
  fc.nat({ max: 300_000 }).map((length) => JSON.stringify({ format: EXPORT_FORMAT_NAME, version: 1, exportedAt: 0, partner: 'a', records: [], note: 'x'.repeat(length) })),
  validExport.map((value) => JSON.stringify(value)),
);

function outcome(text: string): HearthExport | ImportRefusedError {
  try {
    return parseExport(text);
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
}

describe('reading an export for import', () => {
  // A time limit for 10,000 parses on two busy cores, not a timing assertion.
  it('never throws anything but a refusal, and never pollutes a prototype (10,000 hostile files)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        outcome(text);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads back every valid export as it was written', () => {
    fc.assert(
      fc.property(validExport, (value) => {
        expect(parseExport(JSON.stringify(value))).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a "__proto__" key of a payload as data, without touching any prototype', () => {
    const [value] = fc.sample(validExport.filter((candidate) => candidate.records.length > 0), { numRuns: 1, seed: 4 });
    const text = JSON.stringify(value).replace('"payload":{', '"payload":{"__proto__":{"polluted":true},');
    const payload = parseExport(text).records[0]!.payload;
    expect(Object.getOwnPropertyNames(payload)).toContain('__proto__');
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
  });

  it.each([
    ['duplicate ids', (value: HearthExport) => JSON.stringify({ ...value, records: [...value.records, value.records[0]] }), 'duplicate-ids'],
    ['a lone surrogate', (value: HearthExport) => JSON.stringify(value).replace('"payload":{', '"payload":{"t":"\\ud800",'), 'malformed-text'],
    ['nesting past the limit', (value: HearthExport) => JSON.stringify({ ...value, records: [{ ...value.records[0], payload: { deep: JSON.parse(`${'['.repeat(MAX_PAYLOAD_DEPTH + 2)}${']'.repeat(MAX_PAYLOAD_DEPTH + 2)}`) } }] }), 'too-deep'],
    ['a newer format', (value: HearthExport) => JSON.stringify({ ...value, version: 2 }), 'newer'],
    ['a field we do not know', (value: HearthExport) => JSON.stringify({ ...value, extra: true }), 'not-an-export'],
    ['not JSON', () => 'Dear diary', 'not-json'],
  ] as const)('refuses %s', (_name, spoil, problem) => {
    const [value] = fc.sample(validExport.filter((candidate) => candidate.records.length > 0), { numRuns: 1, seed: 9 });
    const result = outcome(spoil(value as HearthExport));
    expect(result).toBeInstanceOf(ImportRefusedError);
    expect((result as ImportRefusedError).problem).toBe(problem);
  });
});
