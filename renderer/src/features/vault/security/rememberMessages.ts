/** The words of "Remember me on this computer", for each state of the keychain and each outcome. */
import type { KeychainState } from './useKeychainStatus';

export const REMEMBER_DESCRIPTION =
  "Hearth opens without asking for your passphrase when it starts on this computer, with your key kept in the computer's own keychain. It still locks when you step away. Only one of you can be remembered on a computer.";

export function rememberDescription(keychain: KeychainState): string {
  switch (keychain.phase) {
    case 'checking':
      return "Checking whether this computer's keychain can keep your key safely…";
    case 'failed':
      return "Hearth couldn't ask this computer about its keychain just now, so this stays off.";
    case 'known':
      return keychain.status.availability === 'available' ? REMEMBER_DESCRIPTION : `${keychain.status.reason} So this stays off.`;
  }
}

export function rememberProblemText(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'WrongSecretError') return "That isn't your passphrase. Please try again.";
  if (name === 'PassphraseInputError') return 'Please type your passphrase.';
  return "Hearth couldn't keep your key in this computer's keychain. Nothing was changed.";
}

export const REMEMBERED_TEXT = 'Done. Hearth will open without asking when it starts on this computer.';
export const FORGOTTEN_TEXT = 'Done. Hearth will ask for your passphrase when it starts.';
