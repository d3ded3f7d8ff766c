import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './searchIndex';
import type { SearchDocument } from './searchProtocol';

const DOCUMENTS: SearchDocument[] = [
  { id: 'n1', text: 'You made the Café feel like home', tags: ['Small things'] },
  { id: 'n2', text: 'Thank you for the early walk, and for listening', tags: ['walks'] },
  { id: 'n3', text: 'شكرا على العشاء', tags: ['small things', 'dinner'] },
  { id: 'o1', text: 'A year ago today you fixed the bike', tags: ['bike'] },
  { id: 'o2', text: 'Three years back 🌿', tags: [] },
];

function indexOf(documents = DOCUMENTS) {
  const index = createSearchIndex();
  index.put(documents);
  return index;
}

describe('searchIndex', () => {
  const cases: { name: string; query: string; ids: string[] }[] = [
    { name: 'ignores case', query: 'THANK you', ids: ['n2'] },
    { name: 'ignores accents', query: 'cafe', ids: ['n1'] },
    { name: 'finds accented words from a plain query and the other way', query: 'CAFÉ', ids: ['n1'] },
    { name: 'needs every word', query: 'walk bike', ids: [] },
    { name: 'finds words in any order', query: 'bike fixed', ids: ['o1'] },
    { name: 'looks in tags too', query: 'dinner', ids: ['n3'] },
    { name: 'finds a tag of several words', query: 'small things', ids: ['n1', 'n3'] },
    { name: 'takes the last word as a prefix', query: 'thank liste', ids: ['n2'] },
    { name: 'takes a single word as a prefix', query: 'listened', ids: [] },
    { name: 'a prefix of one letter', query: 'fixed b', ids: ['o1'] },
    { name: 'takes earlier words whole', query: 'liste thank', ids: [] },
    { name: 'a right-to-left script', query: 'العشاء', ids: ['n3'] },
    { name: 'an emoji', query: '🌿', ids: ['o2'] },
    { name: 'a blank query finds nothing', query: '   ', ids: [] },
    { name: 'HTML is words', query: '<img', ids: [] },
  ];

  it.each(cases)('$name', ({ query, ids }) => {
    expect(indexOf().query(query).sort()).toEqual(ids);
  });

  it('replaces an entry that is put again, and forgets one removed', () => {
    const index = indexOf();
    index.put([{ id: 'o1', text: 'You mended the kettle', tags: [] }]);
    expect(index.query('bike')).toEqual([]);
    expect(index.query('kettle')).toEqual(['o1']);
    index.remove(['o1', 'never-there']);
    expect(index.query('kettle')).toEqual([]);
    expect(index.size).toBe(DOCUMENTS.length - 1);
  });

  it('keeps the last of several versions put at once', () => {
    const index = createSearchIndex();
    index.put([
      { id: 'x', text: 'first words', tags: [] },
      { id: 'x', text: 'second words', tags: [] },
    ]);
    expect(index.size).toBe(1);
    expect(index.query('first')).toEqual([]);
    expect(index.query('second')).toEqual(['x']);
  });

  it('answers requests by id, and refuses malformed ones without throwing', () => {
    const index = createSearchIndex();
    expect(index.answer({ id: 1, type: 'put', documents: DOCUMENTS })).toEqual({ id: 1, ok: true });
    expect(index.answer({ id: 2, type: 'query', query: 'walk' })).toEqual({ id: 2, ok: true, ids: ['n2'] });
    expect(index.answer({ id: 3, type: 'remove', ids: ['n2'] })).toEqual({ id: 3, ok: true });
    expect(index.answer({ id: 4, type: 'query', query: 'walk' })).toEqual({ id: 4, ok: true, ids: [] });
    expect(index.answer({ id: 5, type: 'put', documents: [{ id: 'x', text: 7, tags: [] }] })).toMatchObject({ id: 5, ok: false });
    expect(index.answer({ id: 6, type: 'drop' })).toMatchObject({ id: 6, ok: false });
    expect(index.answer('nonsense')).toMatchObject({ id: -1, ok: false });
    expect(index.answer(null)).toMatchObject({ id: -1, ok: false });
  });
});
