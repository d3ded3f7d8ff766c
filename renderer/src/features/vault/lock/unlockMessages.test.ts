import { describe, expect, it } from 'vitest';
import { PassphraseInputError, RecoveryKeyFormatError, WrongSecretError } from '@renderer/data/crypto/errors';
import { unlockProblemText } from './unlockMessages';

describe('unlockProblemText', () => {
  it.each([
    ['a wrong passphrase', new WrongSecretError(), 'passphrase', /didn't open Hearth. Check whether Caps Lock/],
    ['a wrong recovery key', new WrongSecretError(), 'recovery', /recovery key didn't open Hearth/],
    ['an empty passphrase', new PassphraseInputError('empty'), 'passphrase', /Please type your passphrase/],
    ['a passphrase far too long', new PassphraseInputError('too-long'), 'passphrase', /longer than Hearth can use/],
    ['a recovery key with a typo', new RecoveryKeyFormatError('checksum'), 'recovery', /typo somewhere/],
    ['something that is not a recovery key', new RecoveryKeyFormatError('malformed'), 'recovery', /14 groups of four/],
    ['anything else', new Error('disk'), 'passphrase', /Nothing was changed/],
  ] as const)('explains %s', (_name, error, via, expected) => {
    expect(unlockProblemText(error, via)).toMatch(expected);
  });

  it('recognises errors rebuilt after a hop from the worker, by name', () => {
    const rebuilt = Object.assign(new Error('x'), { name: 'PassphraseInputError', reason: 'too-long' });
    expect(unlockProblemText(rebuilt, 'passphrase')).toMatch(/longer than Hearth can use/);
  });
});
