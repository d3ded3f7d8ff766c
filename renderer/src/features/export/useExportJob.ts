/**
 * One export at a time, from building the document to the saved file: progress while the document is built
 * in chunks, then main's save dialog and print, and Cancel at any point (the build stops at its next chunk;
 * main drops a print still running and writes nothing). What it tells the person is in `JobState`.
 */
import { useCallback, useRef, useState } from 'react';
import type { PdfKind } from '@shared/ipc/contract';
import { BridgeError, mainApi } from '@renderer/platform/bridge';
import { ExportCancelledError } from './gatherExport';
import type { BuildProgress, ChunkOptions } from './document/renderInChunks';

export type JobState =
  | { status: 'idle' }
  | { status: 'building'; progress: BuildProgress }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface ExportRequest {
  kind: PdfKind;
  suggestedName: string;
  build: (options: ChunkOptions) => Promise<string>;
}

export function useExportJob() {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const running = useRef<{ jobId: string; controller: AbortController } | null>(null);

  const start = useCallback(async (request: ExportRequest) => {
    if (running.current) return;
    const job = { jobId: crypto.randomUUID(), controller: new AbortController() };
    running.current = job;
    setState({ status: 'building', progress: { done: 0, total: 1 } });
    try {
      const html = await request.build({ signal: job.controller.signal, onProgress: (progress) => setState({ status: 'building', progress }) });
      setState({ status: 'saving' });
      const outcome = await mainApi.pdf.save({ jobId: job.jobId, kind: request.kind, suggestedName: request.suggestedName, html });
      setState({ status: outcome === 'saved' ? 'saved' : 'cancelled' });
    } catch (error) {
      if (error instanceof ExportCancelledError) setState({ status: 'cancelled' });
      else setState({ status: 'failed', message: messageFor(error) });
    } finally {
      running.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const job = running.current;
    if (!job) return;
    job.controller.abort();
    void mainApi.pdf.cancel({ jobId: job.jobId }).catch(() => undefined);
  }, []);

  return { state, start, cancel, isRunning: state.status === 'building' || state.status === 'saving' };
}

function messageFor(error: unknown): string {
  if (error instanceof BridgeError && error.code === 'NOT_ALLOWED') return error.message;
  return 'The PDF could not be made just now. Nothing was saved; your journal is unchanged. You can try again.';
}
