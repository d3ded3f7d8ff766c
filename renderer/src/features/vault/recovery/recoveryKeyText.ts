/** A recovery key as people see it: in groups for reading, and as the text of a saved or printed copy. */

/** The key's groups of four ("7K3M", "Q2XD", …), whatever separators it was given with. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  return recoveryKey.split('-').filter((group) => group.length > 0);
}

export const RECOVERY_KEY_EXPLANATION = [
  'This key opens Hearth if the passphrase it belongs to is ever forgotten.',
  'Keep it somewhere safe and private, away from the computer: in a drawer at home, or in a password manager.',
  'Anyone who has this key and the computer can read the journal, so please keep it to yourself.',
];

/** The saved file's text: what the key is for, whose it is, the key itself and the day it was made. */
export function recoveryKeyFileText(recoveryKey: string, ownerName: string | undefined, madeOn: Date): string {
  const day = madeOn.toISOString().slice(0, 10);
  return [
    ownerName ? `Hearth recovery key for ${ownerName}` : 'Hearth recovery key',
    '',
    ...RECOVERY_KEY_EXPLANATION,
    '',
    recoveryKey,
    '',
    `Made on ${day}.`,
    '',
  ].join('\n');
}
