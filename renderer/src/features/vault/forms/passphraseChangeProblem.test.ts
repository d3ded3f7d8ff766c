import { describe, expect, it } from 'vitest';
import { PassphraseConflictError, PassphraseInputError, WrongSecretError } from '@renderer/data/crypto/errors';
import { passphraseChangeProblem } from './passphraseChangeProblem';

describe('passphraseChangeProblem', () => {
  it('answers a clash with the other partner neutrally', () => {
    expect(passphraseChangeProblem(new PassphraseConflictError())).toEqual({ field: 'passphrase', message: 'Please choose a different passphrase.' });
  });

  it('puts a wrong current passphrase on the current field', () => {
    expect(passphraseChangeProblem(new WrongSecretError()).field).toBe('current');
  });

  it('puts an unusable new passphrase on the new field', () => {
    expect(passphraseChangeProblem(new PassphraseInputError('too-long'))).toMatchObject({ field: 'passphrase', message: expect.stringMatching(/1,024/) });
  });

  it('says nothing was changed for anything else', () => {
    expect(passphraseChangeProblem(new Error('quota'))).toEqual({ message: expect.stringMatching(/Nothing was changed/) });
  });
});
