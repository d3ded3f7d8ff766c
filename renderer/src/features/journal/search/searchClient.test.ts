import { describe, expect, it } from 'vitest';
import { createInlineSearchWorker } from './inlineSearchWorker';
import { createSearchClient, type SearchWorker } from './searchClient';

describe('searchClient', () => {
  it('puts, removes and queries in order through the worker', async () => {
    const client = createSearchClient(createInlineSearchWorker);
    const put = client.put([
      { id: 'a', text: 'Thank you for the tea', tags: ['mornings'] },
      { id: 'b', text: 'You listened when I talked about work', tags: [] },
    ]);
    const first = client.query('listen');
    const removed = client.remove(['b']);
    const second = client.query('listen');
    await Promise.all([put, removed]);
    expect(await first).toEqual(['b']);
    expect(await second).toEqual([]);
    expect(await client.query('morn')).toEqual(['a']);
    client.dispose();
  });

  it('refuses pending and later calls once disposed, and ends the worker', async () => {
    let terminated = false;
    const worker: SearchWorker = { postMessage: () => undefined, addEventListener: () => undefined, terminate: () => (terminated = true) };
    const client = createSearchClient(() => worker);
    const pending = client.query('tea');
    client.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
    await expect(client.query('tea')).rejects.toThrow(/disposed/);
    expect(terminated).toBe(true);
  });

  it('refuses every call after the worker fails', async () => {
    const target = new EventTarget();
    const worker: SearchWorker = {
      postMessage: () => undefined,
      addEventListener: (type, listener) => target.addEventListener(type, listener),
      terminate: () => undefined,
    };
    const client = createSearchClient(() => worker);
    const pending = client.put([]);
    target.dispatchEvent(new Event('error'));
    await expect(pending).rejects.toThrow(/stopped/);
    await expect(client.query('tea')).rejects.toThrow(/stopped/);
  });
});

describe('searchClient without a worker', () => {
  it('refuses every call when the worker cannot start', async () => {
    const client = createSearchClient(() => {
      throw new Error('refused');
    });
    await expect(client.query('tea')).rejects.toThrow(/could not start/);
    client.dispose();
  });
});
