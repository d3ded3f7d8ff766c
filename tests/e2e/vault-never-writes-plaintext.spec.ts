import { ADA, BO, expect, test } from './fixtures';
import { CheckinsPage } from './pages/CheckinsPage';
import { FirstRunPage, lockFromSidebar, LockScreenPage } from './pages/VaultPages';
import { keyPatterns, scanFor, textPatterns, writePlaintextProof } from './rig/diskScan';
import { keysFor } from './rig/vaultDisk';

test.describe('with nothing on this computer yet', () => {
  test.use({ vault: 'none' });

  test('nothing a person writes reaches the disk unencrypted, and no passphrase or key does either', async ({ app }) => {
    const { page } = app;
    const marker = (field: string) => `qz${field}mk7341`;
    // Prove the scan can see plaintext: one marker written unencrypted through raw IndexedDB.
    const proof = marker('proofofscan');
    await writePlaintextProof(page, proof);

    const ada = { name: `Ada ${marker('namea')}`, passphrase: ADA.passphrase };
    const bo = { name: `Bo ${marker('nameb')}`, passphrase: BO.passphrase };
    await new FirstRunPage(page).createVault({ a: ada, b: bo });

    const checkins = new CheckinsPage(page);
    await checkins.open();
    await checkins.fill({
      kind: 'Weekly',
      words: ['Steady', 'Close', 'Some', 'A little tense'],
      howAreYou: marker('howareyou'),
      bothering: { note: marker('privatenote'), keepToMyself: true },
      helpThisWeek: marker('helpweek'),
    });
    await checkins.save();
    // A draft left open when the app locks.
    await checkins.fill({ kind: 'Quick', words: ['Good', 'Close', 'Warm', 'At ease'], howAreYou: marker('draft') });
    await lockFromSidebar(page);
    await new LockScreenPage(page).unlock(BO.passphrase);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const keys = { a: await keysFor(page, 'a', ADA.passphrase), b: await keysFor(page, 'b', BO.passphrase) };
    await lockFromSidebar(page);
    await app.quit();

    const folders = [app.profileDir, app.dataDir];
    expect(await scanFor(folders, textPatterns(proof)), 'the scan sees plaintext').not.toEqual([]);
    const fields = ['namea', 'nameb', 'howareyou', 'privatenote', 'helpweek', 'draft'];
    for (const field of fields) {
      expect(await scanFor(folders, textPatterns(marker(field))), `"${field}" on disk`).toEqual([]);
    }
    for (const passphrase of [ADA.passphrase, BO.passphrase]) {
      expect(await scanFor(folders, textPatterns(passphrase)), 'a passphrase on disk').toEqual([]);
    }
    for (const [partner, partnerKeys] of Object.entries(keys)) {
      for (const [name, key] of Object.entries(partnerKeys)) {
        expect(await scanFor(folders, keyPatterns(key)), `${partner}'s ${name} key on disk`).toEqual([]);
      }
    }
  });
});
