/** The words for what an import did, and for each reason a file was not imported. Pure. */
import type { ImportReport } from '@renderer/data';
import type { ImportProblem } from '@shared/export/openExport';
import { countLines } from './backupWords';

export function importReportText(report: ImportReport): string {
  const added = countLines(report.added);
  const parts = [added.length > 0 ? `Added ${added.join(', ')}.` : 'Nothing new to add.'];
  if (report.alreadyHere > 0) parts.push(`${report.alreadyHere} ${report.alreadyHere === 1 ? 'was' : 'were'} here already and stayed as they are.`);
  if (report.notYours > 0) parts.push(`${report.notYours} written by your partner (or your names) were left out: each of you imports your own.`);
  return parts.join(' ');
}

export function importProblemText(problem: ImportProblem | 'failed'): string {
  switch (problem) {
    case 'too-large':
      return 'That file is far larger than any Hearth export, so nothing was imported.';
    case 'not-json':
    case 'not-an-export':
      return "That file isn't a Hearth export, so nothing was imported.";
    case 'newer':
      return 'That export was made by a newer version of Hearth. Update Hearth here, then import it.';
    case 'too-deep':
    case 'malformed-text':
    case 'duplicate-ids':
      return 'That export has been changed or damaged, so nothing was imported.';
    case 'failed':
      return "Hearth couldn't import that file just now. Nothing was changed.";
  }
}
