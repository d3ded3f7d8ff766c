import { describe, expect, it } from 'vitest';
import { ExportCancelledError } from '../gatherExport';
import { renderInChunks, wrapDocument } from './renderInChunks';

describe('renderInChunks', () => {
  it('renders every piece in order, escaping what people wrote, and reports progress to the end', async () => {
    const progress: string[] = [];
    const html = await renderInChunks(
      [() => <p>{'<script>alert(1)</script>'}</p>, () => null, () => <a href="javascript:alert(2)">{'x'}</a>],
      { onProgress: ({ done, total }) => progress.push(`${done}/${total}`) },
    );
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toContain('<script>');
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('stops at the next piece once cancelled, answering ExportCancelledError', async () => {
    const controller = new AbortController();
    let rendered = 0;
    const piece = () => {
      rendered += 1;
      if (rendered === 2) controller.abort();
      return <p>piece</p>;
    };
    await expect(renderInChunks([piece, piece, piece, piece], { signal: controller.signal })).rejects.toBeInstanceOf(ExportCancelledError);
    expect(rendered).toBe(2);
  });
});

describe('wrapDocument', () => {
  it('is one document with no script, no link and no base, the title escaped', () => {
    const html = wrapDocument('Ada & <b>Bo</b>', 'p { color: black }', '<p>hi</p>');
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ada &#38; &#60;b&#62;Bo&#60;\/b&#62;<\/title>/);
    expect(html).not.toMatch(/<script|<link|<base/);
  });
});
