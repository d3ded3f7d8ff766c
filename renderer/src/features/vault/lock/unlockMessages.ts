/** The words for each way an unlock can fail. Pure; the screens show them next to the field. */
import { passphraseProblemText } from '../forms/passphraseRules';

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

export function unlockProblemText(error: unknown, via: 'passphrase' | 'recovery'): string {
  switch (nameOf(error)) {
    case 'WrongSecretError':
      return via === 'passphrase'
        ? "That passphrase didn't open Hearth. Check whether Caps Lock is on, and try again."
        : "That recovery key didn't open Hearth. Please check it against your saved copy.";
    case 'PassphraseInputError': {
      const reason = (error as { reason?: unknown }).reason;
      return reason === 'empty' || reason === 'too-long' || reason === 'malformed'
        ? passphraseProblemText(reason, 'unlock')
        : passphraseProblemText('malformed', 'unlock');
    }
    case 'RecoveryKeyFormatError':
      return recoveryKeyFormatText((error as { reason?: unknown }).reason === 'checksum' ? 'checksum' : 'malformed');
    default:
      return "Something got in the way of opening Hearth. Nothing was changed. Please try again.";
  }
}

export function recoveryKeyFormatText(reason: 'malformed' | 'checksum' | 'empty'): string {
  switch (reason) {
    case 'empty':
      return 'Please type your recovery key.';
    case 'malformed':
      return "That doesn't look like a whole recovery key yet. A recovery key is 14 groups of four letters and numbers.";
    case 'checksum':
      return 'That key has a typo somewhere. Please check each group against your copy.';
  }
}
