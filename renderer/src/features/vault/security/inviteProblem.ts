/** Where and how to show why a partner could not be added. */
import { DIFFERENT_PASSPHRASE_TEXT, passphraseProblemText } from '../forms/passphraseRules';

export interface InviteProblem {
  field?: 'theirs' | 'yours';
  message: string;
}

export function inviteProblem(error: unknown): InviteProblem {
  switch (error instanceof Error ? error.name : '') {
    case 'WrongSecretError':
      return { field: 'yours', message: "That isn't your passphrase. Please try it again." };
    case 'PassphraseConflictError':
      return { field: 'theirs', message: DIFFERENT_PASSPHRASE_TEXT };
    case 'PassphraseInputError':
      return { field: 'theirs', message: passphraseProblemText('malformed', 'choose') };
    case 'KeySlotStateError':
      return { message: 'Your partner has already joined Hearth.' };
    default:
      return { message: "Hearth couldn't add your partner just now. Nothing was changed. Please try again." };
  }
}
