/**
 * Runs inside the app's page (evaluated by the benchmark, never shipped): builds a realistic ten-year vault
 * through the app's own VaultService and RecordStore, and times the operations the budgets name.
 */
import { deriveKeyBytes } from '../../renderer/src/features/vault/crypto/argon2';
import { newKdfParams } from '../../renderer/src/features/vault/crypto/kdfParams';
import { KeyRing } from '../../renderer/src/features/vault/session/keyRing';
import { HearthDb } from '../../renderer/src/features/vault/storage/hearthDb';
import type { PutRecordInput } from '../../renderer/src/features/vault/storage/recordStore';
import { VaultService } from '../../renderer/src/features/vault/service/vaultService';
import { generatedYears } from './sampleVault';

const DAY = 86_400_000;

function service(): VaultService {
  return new VaultService({ db: new HearthDb(), keys: new KeyRing(), derive: deriveKeyBytes });
}

async function createVault(passphrases: { a: string; b: string }, years: number): Promise<{ records: number }> {
  const vault = service();
  await vault.create({
    partners: { a: { name: 'Sam', colour: 'ember' }, b: { name: 'Alex', colour: 'sage' } },
    passphrases,
  });
  let records = 0;
  for (const partner of ['a', 'b'] as const) {
    if (partner === 'b') {
      await vault.lock();
      await vault.unlock(passphrases.b);
    }
    const inputs: PutRecordInput<unknown>[] = generatedYears(years, Date.now() - years * 365 * DAY);
    for (let start = 0; start < inputs.length; start += 2_000) {
      await vault.records.putMany(inputs.slice(start, start + 2_000));
    }
    records += inputs.length;
  }
  await vault.lock();
  return { records };
}

async function timeKeyDerivation(): Promise<number> {
  const params = newKdfParams();
  await deriveKeyBytes('warm up the WebAssembly', params);
  const start = performance.now();
  await deriveKeyBytes('a passphrase of ordinary length', params);
  return performance.now() - start;
}

async function timeSaves(passphrase: string, count: number): Promise<number[]> {
  const vault = service();
  await vault.unlock(passphrase);
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await vault.records.put({ kind: 'appreciation', keyId: 'us', payload: { text: `Benchmark entry ${index}: thank you for the tea.`, tags: [] } });
    times.push(performance.now() - start);
  }
  await vault.lock();
  return times;
}

Object.assign(globalThis, { __hearthBench: { createVault, timeKeyDerivation, timeSaves } });
