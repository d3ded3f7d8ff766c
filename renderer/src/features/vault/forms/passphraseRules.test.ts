import { describe, expect, it } from 'vitest';
import {
  checkNewPassphrase,
  DIFFERENT_PASSPHRASE_TEXT,
  partnerNameProblem,
  passphraseProblemText,
  TOO_GUESSABLE_TEXT,
  TOO_SHORT_TEXT,
} from './passphraseRules';

describe('checkNewPassphrase', () => {
  it.each([
    ['accepts two matching entries', 'river stone lantern', 'river stone lantern', undefined, {}],
    ['asks for a passphrase when empty', '', '', undefined, { passphrase: 'Please choose a passphrase.' }],
    ['refuses a megabyte', 'x'.repeat(1_000_000), '', undefined, { passphrase: passphraseProblemText('too-long', 'choose') }],
    ['refuses a lone surrogate', 'abc\uD800', 'abc\uD800', undefined, { passphrase: passphraseProblemText('malformed', 'choose') }],
    ['asks for the second entry', 'river stone lantern', '', undefined, { confirmation: 'Please type the passphrase a second time.' }],
    ['notices a mismatch', 'river stone lantern', 'river stone lanter', undefined, { confirmation: expect.stringContaining("don't match") }],
    ['treats both Unicode spellings of é as one', 'caf\u00e9 au lait', 'cafe\u0301 au lait', undefined, {}],
    ['refuses the other passphrase, neutrally', 'same words here', 'same words here', 'same words here', { passphrase: DIFFERENT_PASSPHRASE_TEXT }],
    ['compares with the other after normalising', 'caf\u00e9 au lait', 'caf\u00e9 au lait', 'cafe\u0301 au lait', { passphrase: DIFFERENT_PASSPHRASE_TEXT }],
  ])('%s', (_name, passphrase, confirmation, other, expected) => {
    expect(checkNewPassphrase(passphrase, confirmation, 4, other)).toEqual(expected);
  });

  it.each([
    ['nine characters, however strong', 'Zq8#vT!2m', 4, { passphrase: TOO_SHORT_TEXT }],
    ['nine characters counted as people see them (emoji are one each)', '🌿🌿🌿🌿🌿🌿🌿🌿🌿', 4, { passphrase: TOO_SHORT_TEXT }],
    ['a score of 2: "some effort, though not a lot"', 'password1234', 2, { passphrase: TOO_GUESSABLE_TEXT }],
    ['a score of 3: "a long time to guess"', 'river stone lantern', 3, {}],
    ['without the estimator, 15 characters', 'river stone lan', null, { passphrase: TOO_GUESSABLE_TEXT }],
    ['without the estimator, 16 characters', 'river stone lant', null, {}],
  ])('the floor: %s', (_name, passphrase, score, expected) => {
    expect(checkNewPassphrase(passphrase, passphrase, score)).toEqual(expected);
  });
});

describe('partnerNameProblem', () => {
  it.each([
    ['Ada', null],
    ['  Bo  ', null],
    ['Zoë 🌿', null],
    ['مريم', null],
    ['', 'Please add a name.'],
    ['   ', 'Please add a name.'],
    ['Ada\u0007', 'That name has an invisible control character in it. Please type it again.'],
    ['x'.repeat(61), 'Please keep the name to 60 characters or fewer.'],
  ])('%j', (name, expected) => {
    expect(partnerNameProblem(name)).toBe(expected);
  });
});
