/** Settings › Backups and the restore dialog, as a person meets them. */
import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

export class BackupsPage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Backups' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Restore from a backup' });
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).open('Settings');
    await this.section.scrollIntoViewIfNeeded();
  }

  /** "Back up now", then waits until Hearth says it is done. */
  async backUpNow(): Promise<void> {
    await this.section.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.section.getByRole('status').filter({ hasText: /Backed up at/ })).toBeVisible({ timeout: 30_000 });
  }

  async startRestore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Restore from a backup…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Picks one of the backups listed in the dialog (newest first), by position. */
  async pickListed(index = 0): Promise<void> {
    await this.dialog.getByRole('list', { name: 'Backups in the backup folder' }).getByRole('button').nth(index).click();
  }

  /** Picks a file through the system's open dialog (the test answers it on the platform beforehand). */
  async pickFile(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
  }

  async openWith(secret: string): Promise<void> {
    await this.dialog.getByLabel('Passphrase or recovery key').fill(secret);
    await this.dialog.getByRole('button', { name: 'Open this backup' }).click();
  }

  holdings(title: 'This backup holds' | 'It replaces'): Locator {
    return this.dialog.getByRole('region', { name: title });
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Replace with this backup' }).click();
  }
}
