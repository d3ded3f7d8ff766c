/**
 * Renders a long document a piece at a time, so the page stays responsive: each piece (a month of entries, a
 * page of cards) becomes static markup through React (which escapes every text and attribute), and between
 * pieces the page gets a turn to paint progress and hear Cancel. No piece is kept in any storage.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { throwIfCancelled } from '../gatherExport';
import { escapeHtml } from './printText';

export interface BuildProgress {
  done: number;
  total: number;
}

export interface ChunkOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BuildProgress) => void;
}

export type DocumentPiece = () => ReactElement | null;

/** The longest the page works without giving the browser a turn. */
const SLICE_MS = 12;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function renderInChunks(pieces: readonly DocumentPiece[], options: ChunkOptions): Promise<string> {
  const html: string[] = [];
  let sliceStart = performance.now();
  options.onProgress?.({ done: 0, total: pieces.length });
  for (const [index, piece] of pieces.entries()) {
    throwIfCancelled(options.signal);
    const element = piece();
    if (element) html.push(renderToStaticMarkup(element));
    options.onProgress?.({ done: index + 1, total: pieces.length });
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  throwIfCancelled(options.signal);
  return html.join('');
}

/** The whole document: no script, no link, no base; styles and fonts inline. */
export function wrapDocument(title: string, css: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body><main>${body}</main></body></html>`;
}
