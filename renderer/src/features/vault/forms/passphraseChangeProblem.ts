/**
 * Where and how to show why a new passphrase was not saved. A clash with the other partner's passphrase
 * is answered neutrally: saying more would tell one partner the other's passphrase.
 */
import { DIFFERENT_PASSPHRASE_TEXT, passphraseProblemText } from './passphraseRules';

export interface PassphraseChangeProblem {
  /** The field it belongs to, or none for a problem with the whole form. */
  field?: 'passphrase' | 'current';
  message: string;
}

export function passphraseChangeProblem(error: unknown): PassphraseChangeProblem {
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'PassphraseConflictError':
      return { field: 'passphrase', message: DIFFERENT_PASSPHRASE_TEXT };
    case 'PassphraseInputError': {
      const reason = (error as { reason?: unknown }).reason;
      const problem = reason === 'empty' || reason === 'too-long' ? reason : 'malformed';
      return { field: 'passphrase', message: passphraseProblemText(problem, 'choose') };
    }
    case 'WrongSecretError':
      return { field: 'current', message: "That isn't your current passphrase. Please try it again." };
    default:
      return { message: "Hearth couldn't save the new passphrase. Nothing was changed. Please try again." };
  }
}
