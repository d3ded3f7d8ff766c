/** The vault's screens as a person meets them: first run, the lock screen and the recovery key. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface Person {
  name: string;
  passphrase: string;
}

export interface CreatedVault {
  recoveryKeys: { a: string; b?: string };
}

export class FirstRunPage {
  constructor(readonly page: Page) {}

  /** Goes through first run; answers each partner's recovery key as shown on screen. */
  async createVault(people: { a: Person; b?: Person }): Promise<CreatedVault> {
    const { page } = this;
    await page.getByRole('button', { name: "Let's begin" }).click();
    await page.getByLabel('Your name').fill(people.a.name);
    if (people.b) {
      await chooseCard(page.getByRole('radio', { name: /We're both here/ }));
      await page.getByLabel("Your partner's name").fill(people.b.name);
    } else {
      await chooseCard(page.getByRole('radio', { name: /I'm starting on my own/ }));
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    await this.#choosePassphrase(people.a.passphrase, people.b ? 'Continue' : 'Seal our journal');
    if (people.b) {
      // As a person would, wait for the keyboard to be handed over before typing the second passphrase.
      await expect(page.getByRole('heading', { name: `Pass the keyboard to ${people.b.name}` })).toBeVisible();
      await this.#choosePassphrase(people.b.passphrase, 'Seal our journal');
    }
    const recoveryKeys: CreatedVault['recoveryKeys'] = {
      a: await this.#keepRecoveryKey(people.b ? `Next: ${people.b.name}'s key` : 'Open Hearth'),
    };
    if (people.b) recoveryKeys.b = await this.#keepRecoveryKey('Open Hearth');
    return recoveryKeys.b ? { recoveryKeys } : { recoveryKeys: { a: recoveryKeys.a } };
  }

  async #choosePassphrase(passphrase: string, submit: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(passphrase);
    await this.page.getByRole('button', { name: submit }).click();
  }

  async #keepRecoveryKey(submit: string): Promise<string> {
    const keyGroup = this.page.getByRole('group', { name: /^Recovery key: / });
    // Two Argon2id derivations come first; allow for a busy machine.
    await expect(keyGroup).toBeVisible({ timeout: 45_000 });
    const label = (await keyGroup.getAttribute('aria-label')) ?? '';
    await this.page.getByLabel('I have kept my recovery key somewhere safe').check();
    await this.page.getByRole('button', { name: submit }).click();
    return label.replace(/^Recovery key: /, '');
  }
}

export class LockScreenPage {
  constructor(readonly page: Page) {}

  get passphrase(): Locator {
    return this.page.getByLabel('Passphrase', { exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async unlockWithRecoveryKey(recoveryKey: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Use a recovery key instead' }).click();
    await this.page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }
}

/** Lock from the sidebar, as a person does. */
export async function lockFromSidebar(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock Hearth' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
}

/** Radio cards hide the radio itself; a person clicks the card around it. */
async function chooseCard(radio: Locator): Promise<void> {
  await radio.locator('xpath=ancestor::label[1]').click();
}
