/**
 * No two source files in one folder may differ only by the case of their names (`daysShownUp.ts` beside
 * `DaysShownUp.tsx`): on macOS and Windows, whose file systems ignore case, `./DaysShownUp` would resolve to
 * the `.ts` file, and the app would build differently there than on Linux.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Pairs of tracked files in one folder whose names, before the first dot, differ only by case. */
function caseClashes(paths: readonly string[]): string[][] {
  const byStem = new Map<string, Set<string>>();
  for (const path of paths) {
    const name = basename(path);
    const key = `${dirname(path)}/${name.split('.')[0]!.toLowerCase()}`;
    byStem.set(key, (byStem.get(key) ?? new Set()).add(path));
  }
  return [...byStem.values()]
    .map((group) => [...group])
    .filter((group) => new Set(group.map((path) => basename(path).split('.')[0])).size > 1);
}

it('finds names that differ only by case, and the tree has none', () => {
  expect(caseClashes(['a/daysShownUp.ts', 'a/DaysShownUp.tsx', 'a/DaysShownUp.module.css', 'b/Other.tsx'])).toEqual([
    ['a/daysShownUp.ts', 'a/DaysShownUp.tsx', 'a/DaysShownUp.module.css'],
  ]);
  const tracked = execFileSync('git', ['ls-files', 'renderer', 'shared', 'electron', 'scripts', 'tests'], { cwd: root, encoding: 'utf8' });
  expect(caseClashes(tracked.split('\n').filter(Boolean))).toEqual([]);
});
