/**
 * The renderer's import boundaries, as ESLint enforces them (eslint.config.mjs): react-aria-components only
 * in ui/, Dexie only in the data core, and another feature only through its index. Each case lints a small
 * source string as if it lived at a path, so removing a rule makes its case fail.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const aria = "import { Button } from 'react-aria-components';\nexport const B = Button;\n";
const dexie = "import Dexie from 'dexie';\nexport const D = Dexie;\n";
const liveQuery = "import { useLiveQuery } from 'dexie-react-hooks';\nexport const L = useLiveQuery;\n";
const deep = "import type { JournalEntry } from '@renderer/features/journal/appreciation';\nexport type R = JournalEntry;\n";
const viaIndex = "import { useVault } from '@renderer/features/vault';\nexport const U = useVault;\n";
const relativeInside = "import { TextAreaField } from './form/TextAreaField';\nexport const T = TextAreaField;\n";

describe('import boundaries in the renderer', () => {
  // The first lint loads the whole config and its plugins: seconds on a busy machine, so it gets its own time.
  beforeAll(async () => {
    await eslint.calculateConfigForFile(resolve(root, 'renderer/src/ui/Button.tsx'));
  }, 120_000);

  it('refuses react-aria-components in a feature and allows it in ui/', async () => {
    expect(await restrictedImports(aria, 'renderer/src/features/journal/Fixture.tsx')).toEqual([expect.stringContaining('renderer/src/ui/')]);
    expect(await restrictedImports(aria, 'renderer/src/app/Fixture.tsx')).toHaveLength(1);
    expect(await restrictedImports(aria, 'renderer/src/ui/Fixture.tsx')).toEqual([]);
  });

  it('refuses dexie and dexie-react-hooks outside the data core', async () => {
    expect(await restrictedImports(dexie, 'renderer/src/features/journal/fixture.ts')).toEqual([expect.stringContaining('data core')]);
    expect(await restrictedImports(liveQuery, 'renderer/src/features/checkins/fixture.ts')).toEqual([expect.stringContaining('data core')]);
    expect(await restrictedImports(dexie, 'renderer/src/ui/fixture.ts')).toHaveLength(1);
    expect(await restrictedImports(dexie, 'renderer/src/data/fixture.ts')).toEqual([]);
    expect(await restrictedImports(liveQuery, 'renderer/src/data/storage/fixture.ts')).toEqual([]);
  });

  it('refuses a deep import into another feature, and allows its index and relative imports inside a feature', async () => {
    expect(await restrictedImports(deep, 'renderer/src/features/today/fixture.ts')).toEqual([expect.stringContaining('@renderer/features/<name>')]);
    expect(await restrictedImports("import { X } from '../../features/vault/session/x';\nexport const Y = X;\n", 'renderer/src/lib/fixture.ts')).toHaveLength(1);
    expect(await restrictedImports(viaIndex, 'renderer/src/features/journal/fixture.ts')).toEqual([]);
    expect(await restrictedImports(relativeInside, 'renderer/src/features/checkins/fixture.ts')).toEqual([]);
  });

  it('refuses the shell outside app/, and lets app/ load a screen module directly', async () => {
    const shell = "import { ROUTES } from '@renderer/app/routes';\nexport const R = ROUTES;\n";
    expect(await restrictedImports(shell, 'renderer/src/features/journal/fixture.ts')).toEqual([expect.stringContaining('renderer/src/lib/')]);
    expect(await restrictedImports(shell, 'renderer/src/app/fixture.ts')).toEqual([]);
    expect(await restrictedImports(deep, 'renderer/src/app/fixture.ts')).toEqual([]);
  });

  it('refuses a deep import into the data core from a feature, and allows its public face, the vault screens and tests', async () => {
    const dataDeep = "import type { RecordStore } from '@renderer/data/storage/recordStore';\nexport type S = RecordStore;\n";
    const dataFace = "import type { RecordStore } from '@renderer/data';\nexport type S = RecordStore;\n";
    expect(await restrictedImports(dataDeep, 'renderer/src/features/journal/fixture.ts')).toEqual([expect.stringContaining('@renderer/data')]);
    expect(await restrictedImports(dataDeep, 'renderer/src/lib/fixture.ts')).toHaveLength(1);
    expect(await restrictedImports(dataFace, 'renderer/src/features/journal/fixture.ts')).toEqual([]);
    expect(await restrictedImports(dataDeep, 'renderer/src/features/vault/lock/fixture.ts')).toEqual([]);
    expect(await restrictedImports(dataDeep, 'renderer/src/features/journal/fixture.test.ts')).toEqual([]);
  });
});
