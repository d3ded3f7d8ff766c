import { describe, expect, it } from 'vitest';
import { deriveKeyBytes } from './argon2';
import { bytesToBase64 } from './bytes';
import { PassphraseInputError, WeakKdfParamsError } from './errors';
import { createInlineKdfWorker } from './inlineKdfWorker';
import { createKdfClient, type KdfWorker } from './kdfClient';
import type { KdfParams } from './kdfParams';
import type { KdfRequest, KdfResponse, KdfWarmUp } from './kdfProtocol';
import { answerKdfRequest, handleKdfMessage } from './kdfRequestHandler';

const params: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 19_456,
  passes: 2,
  lanes: 1,
  saltB64: bytesToBase64(new Uint8Array(16).fill(1)),
};

/** A worker that records requests and answers only when the test says so, in any order. */
class FakeWorker implements KdfWorker {
  readonly requests: KdfRequest[] = [];
  readonly warmUps: KdfWarmUp[] = [];
  isTerminated = false;
  readonly #target = new EventTarget();

  postMessage(message: KdfRequest | KdfWarmUp): void {
    if ('warmUp' in message) this.warmUps.push(message);
    else this.requests.push(message);
  }
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void {
    this.#target.addEventListener(type, listener);
  }
  terminate(): void {
    this.isTerminated = true;
  }
  answer(response: unknown): void {
    this.#target.dispatchEvent(new MessageEvent('message', { data: response }));
  }
  crash(): void {
    this.#target.dispatchEvent(new Event('error'));
  }
}

function fakeFactory(): { factory: () => FakeWorker; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    factory: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  };
}

describe('createKdfClient', () => {
  it('warms up by starting one worker before the first derivation, which then reuses it', async () => {
    const { factory, workers } = fakeFactory();
    const client = createKdfClient(factory);
    client.warmUp();
    client.warmUp();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.warmUps).toEqual([{ warmUp: true }]);
    const pending = client.derive('correct horse battery staple', params);
    expect(workers).toHaveLength(1);
    const request = workers[0]!.requests[0]!;
    workers[0]!.answer({ id: request.id, ok: true, keyBytes: new Uint8Array(32).fill(7) });
    await expect(pending).resolves.toEqual(new Uint8Array(32).fill(7));
  });

  it('a warm-up readies Argon2id and answers nothing; a request still gets its answer', async () => {
    await expect(handleKdfMessage({ warmUp: true })).resolves.toBeNull();
    const answer = await handleKdfMessage({ id: 4, passphrase: 'correct horse battery staple', params });
    expect(answer?.response).toMatchObject({ id: 4, ok: true });
  });

  it('matches answers to requests by id, whatever order they arrive in', async () => {
    const { factory, workers } = fakeFactory();
    const client = createKdfClient(factory);
    const first = client.derive('first', params);
    const second = client.derive('second', params);
    const [worker] = workers;
    expect(workers).toHaveLength(1);
    expect(worker!.requests.map((request) => request.passphrase)).toEqual(['first', 'second']);
    const [idFirst, idSecond] = worker!.requests.map((request) => request.id) as [number, number];
    expect(idFirst).not.toBe(idSecond);

    worker!.answer({ id: idSecond, ok: true, keyBytes: new Uint8Array([2]) } satisfies KdfResponse);
    worker!.answer({ id: 999, ok: true, keyBytes: new Uint8Array([9]) }); // unknown: ignored
    worker!.answer({ id: idFirst, ok: true, keyBytes: new Uint8Array([1]) } satisfies KdfResponse);
    await expect(first).resolves.toEqual(new Uint8Array([1]));
    await expect(second).resolves.toEqual(new Uint8Array([2]));
  });

  it('rebuilds typed errors that crossed the worker boundary', async () => {
    const { factory, workers } = fakeFactory();
    const client = createKdfClient(factory);
    const weak = client.derive('a', params);
    const empty = client.derive('', params);
    const [weakId, emptyId] = workers[0]!.requests.map((request) => request.id) as [number, number];
    workers[0]!.answer({ id: weakId, ok: false, error: { name: 'WeakKdfParamsError', field: 'passes', message: 'passes too low' } });
    workers[0]!.answer({ id: emptyId, ok: false, error: { name: 'PassphraseInputError', reason: 'empty', message: 'x' } });
    await expect(weak).rejects.toBeInstanceOf(WeakKdfParamsError);
    await expect(weak).rejects.toMatchObject({ field: 'passes' });
    await expect(empty).rejects.toEqual(new PassphraseInputError('empty'));
  });

  it('refuses an answer that is neither a key nor an error', async () => {
    const { factory, workers } = fakeFactory();
    const client = createKdfClient(factory);
    const pending = client.derive('a', params);
    workers[0]!.answer({ id: workers[0]!.requests[0]!.id, ok: true, keyBytes: 'not bytes' });
    await expect(pending).rejects.toThrow('unexpected answer');
  });

  it('fails pending calls when the worker crashes, and starts a new worker for the next call', async () => {
    const { factory, workers } = fakeFactory();
    const client = createKdfClient(factory);
    const pending = client.derive('a', params);
    workers[0]!.crash();
    await expect(pending).rejects.toThrow('stopped');
    expect(workers[0]!.isTerminated).toBe(true);

    const next = client.derive('b', params);
    expect(workers).toHaveLength(2);
    workers[1]!.answer({ id: workers[1]!.requests[0]!.id, ok: true, keyBytes: new Uint8Array([3]) });
    await expect(next).resolves.toEqual(new Uint8Array([3]));
  });

  it('on dispose ends the worker and refuses pending and later calls', async () => {
    const { factory, workers } = fakeFactory();
    const client = createKdfClient(factory);
    const pending = client.derive('a', params);
    client.dispose();
    await expect(pending).rejects.toThrow('disposed');
    await expect(client.derive('b', params)).rejects.toThrow('disposed');
    expect(workers[0]!.isTerminated).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('derives the same key through the inline worker as directly', async () => {
    const client = createKdfClient(createInlineKdfWorker);
    const [viaClient, direct] = await Promise.all([client.derive('cafe\u0301', params), deriveKeyBytes('café', params)]);
    expect(viaClient).toEqual(direct);
    await expect(client.derive('', params)).rejects.toBeInstanceOf(PassphraseInputError);
    client.dispose();
  });
});

describe('answerKdfRequest (the worker side)', () => {
  it('answers with the key and transfers exactly its 32-byte buffer', async () => {
    const { response, transfer } = await answerKdfRequest({ id: 7, passphrase: 'words', params });
    expect(response.id).toBe(7);
    if (!response.ok) throw new Error('expected a key');
    expect(transfer).toEqual([response.keyBytes.buffer]);
    expect(transfer[0]!.byteLength).toBe(32);
  });

  it('answers weak parameters with a typed error, and never echoes the passphrase', async () => {
    const { response, transfer } = await answerKdfRequest({ id: 8, passphrase: 'secret words', params: { ...params, memoryKiB: 1024 } });
    expect(response).toMatchObject({ id: 8, ok: false, error: { name: 'WeakKdfParamsError', field: 'memoryKiB' } });
    expect(JSON.stringify(response)).not.toContain('secret words');
    expect(transfer).toEqual([]);
  });

  it.each([null, 'x', {}, { id: 3 }, { id: 3, passphrase: 'a' }, { id: 'x', passphrase: 'a', params }])(
    'answers the malformed request %j with an error',
    async (request) => {
      const { response } = await answerKdfRequest(request);
      expect(response.ok).toBe(false);
    },
  );
});
