/** The Journal: writing an appreciation and finding it again. */
import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

export class JournalPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new ShellPage(this.page).open('Journal');
  }

  get note(): Locator {
    return this.page.getByLabel(/^Your note/);
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Your journal' });
  }

  entry(text: string): Locator {
    return this.page.getByRole('article').filter({ hasText: text });
  }

  async write(text: string, options: { privately?: boolean } = {}): Promise<void> {
    await this.note.fill(text);
    if (options.privately) {
      await this.page.getByRole('radio', { name: /^Just for me/ }).locator('xpath=ancestor::label[1]').click();
    }
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.entry(text.slice(0, 40)).first().waitFor();
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search your journal' }).fill(query);
  }
}
