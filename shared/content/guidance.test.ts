import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../security/externalLinks';
import { exerciseById } from './exercises';
import {
  CAUSE_IDS,
  CLOSENESS_CAUSES,
  COMMON_QUESTIONS,
  EMERGENCY_NOTE,
  HELP_DIRECTORIES,
  HELP_KINDS,
  HELP_SIGNALS,
  PITFALLS,
  REFERENCES,
  SUPPORT_SUGGESTION,
} from './guidance';

describe('why closeness fades', () => {
  it('names the five causes from the guide, matching the check-in choices', () => {
    expect(CLOSENESS_CAUSES.map((c) => c.id)).toEqual([...CAUSE_IDS]);
    expect(CAUSE_IDS).toEqual(['stress', 'family', 'not-talking', 'routine', 'health']);
  });

  it.each(CLOSENESS_CAUSES.map((c) => [c.id, c] as const))('%s explains itself and points to real exercises', (_id, cause) => {
    expect(cause.title.trim()).not.toBe('');
    expect(cause.explanation.trim()).not.toBe('');
    expect(cause.whatHearthOffers.trim()).not.toBe('');
    expect(cause.exerciseIds.length).toBeGreaterThanOrEqual(1);
    for (const id of cause.exerciseIds) expect(exerciseById(id), id).toBeDefined();
  });
});

describe('pitfalls', () => {
  it.each([
    ['going-too-fast'],
    ['ignoring-what-lies-underneath'],
    ['closeness-as-a-bargaining-tool'],
    ['comparing-with-others'],
    ['sliding-back-into-silence'],
  ])('includes %s, with how Hearth helps', (id) => {
    const pitfall = PITFALLS.find((p) => p.id === id);
    expect(pitfall?.explanation.trim()).toBeTruthy();
    expect(pitfall?.howHearthHelps.trim()).toBeTruthy();
  });
});

describe('getting help', () => {
  it('has the four signals and the four kinds of help', () => {
    expect(HELP_SIGNALS.map((s) => s.id)).toEqual(['lingering-wounds', 'mental-health', 'different-paths', 'feeling-stuck']);
    expect(HELP_KINDS.map((k) => k.id)).toEqual([
      'couples-therapy',
      'online-programmes',
      'support-groups',
      'individual-therapy',
    ]);
  });

  it.each(HELP_DIRECTORIES.map((d) => [d.name, d] as const))('%s links to https and says where it serves', (_name, directory) => {
    expect(directory.url.startsWith('https://')).toBe(true);
    expect(isAllowedExternalUrl(directory.url)).toBe(true);
    expect(directory.region.trim()).not.toBe('');
    expect(directory.description.trim()).not.toBe('');
  });

  it('has unique directory ids and addresses', () => {
    expect(new Set(HELP_DIRECTORIES.map((d) => d.id)).size).toBe(HELP_DIRECTORIES.length);
    expect(new Set(HELP_DIRECTORIES.map((d) => d.url)).size).toBe(HELP_DIRECTORIES.length);
  });

  it('gives the emergency numbers calmly, with https links only', () => {
    const text = EMERGENCY_NOTE.contacts.map((c) => c.text).join(' ');
    expect(text).toContain('999');
    expect(text).toContain('116 123');
    expect(text).toContain('988');
    expect(text).toMatch(/local emergency number/);
    for (const contact of EMERGENCY_NOTE.contacts) {
      if (contact.url !== undefined) expect(isAllowedExternalUrl(contact.url)).toBe(true);
    }
  });

  it('offers support without diagnosing', () => {
    expect(SUPPORT_SUGGESTION.body).not.toMatch(/diagnos|disorder|symptom/i);
    expect(SUPPORT_SUGGESTION.dismissLabel.trim()).not.toBe('');
  });
});

describe('common questions and references', () => {
  it.each([['how-long'], ['after-years'], ['emotional-or-physical'], ['one-partner'], ['partner-unwilling']])(
    'answers %s',
    (id) => {
      const q = COMMON_QUESTIONS.find((c) => c.id === id);
      expect(q?.question).toMatch(/\?$/);
      expect(q?.answer.trim()).toBeTruthy();
    },
  );

  it('names the sources the guide cites, without inventing addresses', () => {
    const cited = REFERENCES.map((r) => `${r.author} ${r.year} ${r.publisher}`);
    expect(cited).toEqual(
      expect.arrayContaining([
        'Smith, K. 2019 Psychology Today',
        'Brown, T. 2020 Psychology Today',
        'NHS 2021 National Health Service (UK)',
      ]),
    );
    for (const reference of REFERENCES) expect(JSON.stringify(reference)).not.toMatch(/https?:|www\./);
  });
});
