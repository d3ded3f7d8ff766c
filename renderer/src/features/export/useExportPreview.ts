/**
 * The preview: gathers what the chosen range and sections would hold (through the same rules the document
 * uses), a moment after the choices stop changing, and keeps only the newest answer. The gathered content is
 * what Save prints, so the preview and the PDF cannot disagree.
 */
import { useEffect, useState } from 'react';
import type { RecordStore } from '@renderer/data';
import type { ExportContent, ExportOptions, ExportPeople } from './exportContent';
import { gatherExport } from './gatherExport';

export type PreviewState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; content: ExportContent } | { status: 'failed' };

const SETTLE_MS = 250;

export function useExportPreview(store: RecordStore, options: ExportOptions | null, people: ExportPeople): PreviewState {
  // Answers are kept with the choices they answer, so a stale one reads as loading, never as the preview.
  const [answer, setAnswer] = useState<{ key: string; state: PreviewState } | null>(null);
  const key = options ? JSON.stringify({ options, people }) : '';

  useEffect(() => {
    if (!options) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      gatherExport(store, options, people, controller.signal).then(
        (content) => !controller.signal.aborted && setAnswer({ key, state: { status: 'ready', content } }),
        () => !controller.signal.aborted && setAnswer({ key, state: { status: 'failed' } }),
      );
    }, SETTLE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // `key` stands for `options` and `people`: a new object with the same choices is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the serialised choices, see above
  }, [store, key]);

  if (!options) return { status: 'idle' };
  return answer?.key === key ? answer.state : { status: 'loading' };
}
