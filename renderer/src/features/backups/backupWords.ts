/**
 * The words the backup screens use for dates, sizes, what a vault holds, and each way a backup or a restore
 * can fail. Pure, so they are tested as tables.
 */
import type { BackupFileProblem } from '@shared/backup/backupFile';
import type { RecordKind } from '@renderer/data';

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "2 December 2026 at 08:40", in the computer's time zone. */
export function whenText(time: number): string {
  return WHEN.format(time).replace(', ', ' at ');
}

export function dayText(time: number): string {
  return DAY.format(time);
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What people call each kind, in the order the preview lists them; the rest are counted together. */
const KIND_NAMES: [RecordKind, string, string][] = [
  ['appreciation', 'appreciation', 'appreciations'],
  ['checkin', 'check-in answer', 'check-in answers'],
  ['session', 'exercise session', 'exercise sessions'],
  ['plan', 'plan', 'plans'],
  ['draft', 'unfinished draft', 'unfinished drafts'],
];

/** One line per kind that is there ("12 appreciations"), then the rest ("5 other notes and settings"). */
export function countLines(counts: Partial<Record<RecordKind, number>>): string[] {
  const lines = KIND_NAMES.flatMap(([kind, one, many]) => {
    const count = counts[kind] ?? 0;
    return count > 0 ? [`${count} ${count === 1 ? one : many}`] : [];
  });
  const named = new Set<RecordKind>(['profile', ...KIND_NAMES.map(([kind]) => kind)]);
  const rest = Object.entries(counts).reduce((sum, [kind, count]) => (named.has(kind as RecordKind) ? sum : sum + (count ?? 0)), 0);
  if (rest > 0) lines.push(`${rest} other ${rest === 1 ? 'note or setting' : 'notes and settings'}`);
  return lines;
}

export function spanText(span: { first: number; last: number } | null): string {
  if (!span) return 'Nothing written yet.';
  const first = dayText(span.first);
  const last = dayText(span.last);
  return first === last ? `Written on ${first}.` : `Written from ${first} to ${last}.`;
}

export function namesText(names: { a?: string; b?: string }): string | null {
  const known = [names.a, names.b].filter((name): name is string => Boolean(name));
  if (known.length === 0) return null;
  return known.length === 1 ? `The journal of ${known[0]}.` : `The journal of ${known[0]} and ${known[1]}.`;
}

/** Why a picked file cannot be restored, in words for the person. */
export function backupProblemText(problem: BackupFileProblem): string {
  switch (problem) {
    case 'foreign':
      return "That file isn't a Hearth backup. Backups Hearth makes end in .hearthbackup.";
    case 'newer':
      return 'That backup was made by a newer version of Hearth. Update Hearth on this computer, then restore it.';
    case 'damaged':
      return 'That backup is damaged or incomplete, so Hearth will not restore it. Try an earlier one.';
    case 'too-large':
      return "That file is far larger than any Hearth backup, so Hearth didn't open it.";
    case 'altered':
      return 'That backup has been changed since Hearth made it, so Hearth will not restore it. Try an earlier one.';
  }
}

/** Why the typed passphrase or recovery key did not open the backup. */
export function secretProblemText(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'WrongSecretError':
      return "That didn't open this backup. Use a passphrase or recovery key from when the backup was made.";
    case 'RecoveryKeyFormatError':
      return 'That recovery key has a typo somewhere. Please check each group against your copy.';
    case 'PassphraseInputError':
      return 'Please type the passphrase or recovery key for this backup.';
    default:
      return 'Something got in the way of opening this backup. Nothing was changed. Please try again.';
  }
}
