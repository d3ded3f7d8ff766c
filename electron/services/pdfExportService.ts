/**
 * Saving an export as PDF: asks where, prints the page's self-contained HTML through the Platform's printer
 * (a hidden, script-free window), and writes the bytes only where the person chose.
 *
 * Owns: the save dialog's words, the print, the one write. Must not: write the document or the PDF anywhere
 * else (no temporary file: the PDF stays in memory until its one write), leave a partial file behind when a
 * job is cancelled or fails, or follow a link planted at the chosen path. See docs/security.md, "Export".
 */
import { constants, promises as fs } from 'node:fs';
import type { PdfKind, SavePdfOutcome } from '@shared/ipc/contract';
import type { Platform } from '../platform/Platform';

/** A save that could not finish; its message is Hearth's own and safe to show. Nothing was left behind. */
export class PdfSaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfSaveError';
  }
}

const DIALOG_TITLES: Readonly<Record<PdfKind, string>> = {
  journal: 'Save your journal as PDF',
  cards: 'Save the cards as PDF',
  keepsake: 'Save your keepsake year as PDF',
};

export interface SavePdfRequest {
  jobId: string;
  kind: PdfKind;
  suggestedName: string;
  html: string;
}

/** One PDF save at a time per job id; `cancel` stops a job that is still printing. */
export class PdfExportService {
  readonly #platform: Platform;
  readonly #running = new Set<string>();
  readonly #cancelled = new Set<string>();

  constructor(platform: Platform) {
    this.#platform = platform;
  }

  async save(request: SavePdfRequest): Promise<SavePdfOutcome> {
    if (this.#running.has(request.jobId)) throw new PdfSaveError('That export is already being saved.');
    this.#running.add(request.jobId);
    try {
      const path = await this.#platform.dialogs.chooseSavePath({ title: DIALOG_TITLES[request.kind], suggestedName: request.suggestedName });
      if (!path || this.#cancelled.has(request.jobId)) return 'cancelled';
      const pdf = await this.#platform.printer.printToPdf(request.html);
      if (this.#cancelled.has(request.jobId)) return 'cancelled';
      await writeWholeFile(path, pdf);
      return 'saved';
    } finally {
      this.#running.delete(request.jobId);
      this.#cancelled.delete(request.jobId);
    }
  }

  /** Cancels a job still asking or printing; a job already writing finishes (the write is one short step). */
  cancel(jobId: string): void {
    if (this.#running.has(jobId)) this.#cancelled.add(jobId);
  }
}

/**
 * Writes the bytes as a new file at `path`, readable by its owner alone, and makes them durable before
 * answering. A file already there was confirmed for replacing in the save dialog: it is removed first, so
 * the new file is always created afresh with O_EXCL (never written through a link planted at that path).
 * If any step fails, the partial file is removed: the person finds a whole PDF or none.
 */
export async function writeWholeFile(path: string, bytes: Uint8Array): Promise<void> {
  await fs.rm(path, { force: true }).catch(() => {
    throw new PdfSaveError('Hearth could not replace the file there. Try another name or folder.');
  });
  let file: fs.FileHandle;
  try {
    file = await fs.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch {
    throw new PdfSaveError('Hearth could not create a file there. Try another folder.');
  }
  try {
    await file.writeFile(bytes);
    await file.sync();
    await file.close();
  } catch {
    await file.close().catch(() => undefined);
    await fs.rm(path, { force: true }).catch(() => undefined);
    throw new PdfSaveError('The PDF could not be written there (is the disk full?). Nothing was left behind.');
  }
}
