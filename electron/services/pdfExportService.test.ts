import { mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, MAX_PDF_HTML_CHARACTERS } from '@shared/ipc/contract';
import { RecordingPlatform } from '../platform/recordingPlatform';
import { PdfExportService, PdfSaveError } from './pdfExportService';

const JOB = '6f1c2b1e-4a57-4d2b-9a55-0d6b1f3c2e10';
const PDF = Buffer.from('%PDF-1.7\nthe printed pages\n%%EOF\n');

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'hearth-pdf-'));
}

/** A printer whose job finishes only when the test says so. */
function heldPrinter() {
  let release: (bytes: Buffer) => void = () => {};
  let started: () => void = () => {};
  const hasStarted = new Promise<void>((resolve) => (started = resolve));
  return {
    hasStarted,
    release: (bytes: Buffer) => release(bytes),
    printer: { printToPdf: () => (started(), new Promise<Buffer>((resolve) => (release = resolve))) },
  };
}

const request = { jobId: JOB, kind: 'journal' as const, suggestedName: 'Hearth journal.pdf', html: '<p>x</p>' };

describe('PdfExportService', () => {
  it('writes the printed PDF only where the person chose, readable by them alone', async () => {
    const dir = await folder();
    const platform = new RecordingPlatform({ printer: { printToPdf: async () => PDF } });
    platform.savePathAnswers.push(join(dir, 'ours.pdf'));
    await expect(new PdfExportService(platform).save(request)).resolves.toBe('saved');
    expect(await readFile(join(dir, 'ours.pdf'))).toEqual(PDF);
    expect((await stat(join(dir, 'ours.pdf'))).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['ours.pdf']);
    expect(platform.saveRequests).toEqual([{ title: 'Save your journal as PDF', suggestedName: 'Hearth journal.pdf' }]);
    expect(platform.printedHtml).toEqual(['<p>x</p>']);
  });

  it('prints and writes nothing when the person cancels the save dialog', async () => {
    const platform = new RecordingPlatform();
    await expect(new PdfExportService(platform).save(request)).resolves.toBe('cancelled');
    expect(platform.printedHtml).toEqual([]);
  });

  it('writes nothing when the job is cancelled while it prints', async () => {
    const dir = await folder();
    const held = heldPrinter();
    const platform = new RecordingPlatform({ printer: held.printer });
    platform.savePathAnswers.push(join(dir, 'ours.pdf'));
    const service = new PdfExportService(platform);
    const saving = service.save(request);
    await held.hasStarted;
    service.cancel(JOB);
    held.release(PDF);
    await expect(saving).resolves.toBe('cancelled');
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves no file when printing fails', async () => {
    const dir = await folder();
    const platform = new RecordingPlatform({ printer: { printToPdf: async () => Promise.reject(new Error('renderer gone')) } });
    platform.savePathAnswers.push(join(dir, 'ours.pdf'));
    await expect(new PdfExportService(platform).save(request)).rejects.toThrow('renderer gone');
    expect(await readdir(dir)).toEqual([]);
  });

  it('says so calmly when the chosen folder cannot take the file', async () => {
    const dir = await folder();
    const platform = new RecordingPlatform({ printer: { printToPdf: async () => PDF } });
    platform.savePathAnswers.push(join(dir, 'gone', 'ours.pdf'));
    await expect(new PdfExportService(platform).save(request)).rejects.toBeInstanceOf(PdfSaveError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('replaces a file the person chose to replace, and never writes through a link planted there', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'elsewhere.txt'), 'not yours to overwrite');
    await symlink(join(dir, 'elsewhere.txt'), join(dir, 'ours.pdf'));
    const platform = new RecordingPlatform({ printer: { printToPdf: async () => PDF } });
    platform.savePathAnswers.push(join(dir, 'ours.pdf'));
    await expect(new PdfExportService(platform).save(request)).resolves.toBe('saved');
    expect(await readFile(join(dir, 'ours.pdf'))).toEqual(PDF);
    expect(await readFile(join(dir, 'elsewhere.txt'), 'utf8')).toBe('not yours to overwrite');
  });

  it('names each kind of PDF in its save dialog', async () => {
    const platform = new RecordingPlatform();
    const service = new PdfExportService(platform);
    await service.save({ ...request, kind: 'cards', suggestedName: 'Hearth cards.pdf' });
    await service.save({ ...request, kind: 'keepsake', suggestedName: 'Our year.pdf' });
    expect(platform.saveRequests.map((asked) => asked.title)).toEqual(['Save the cards as PDF', 'Save your keepsake year as PDF']);
  });
});

describe('pdf:save input', () => {
  const parse = (input: object) => contract['pdf:save'].input.safeParse({ ...request, ...input }).success;

  it('takes a plain .pdf name and a document up to the cap', () => {
    expect(parse({})).toBe(true);
    expect(parse({ html: 'x'.repeat(MAX_PDF_HTML_CHARACTERS + 1) })).toBe(false);
    expect(parse({ html: '' })).toBe(false);
  });

  it.each(['../escape.pdf', 'a/b.pdf', 'notes.txt', 'C:\\\\x.pdf', '.pdf'])('refuses the name %s', (suggestedName) => {
    expect(parse({ suggestedName })).toBe(false);
  });

  it('refuses unknown kinds, ids that are not job ids, and extra fields', () => {
    expect(parse({ kind: 'everything' })).toBe(false);
    expect(parse({ jobId: 'job-1' })).toBe(false);
    expect(parse({ path: '/etc/passwd' })).toBe(false);
  });
});
