/** The Export screen as a person uses it: choose a range and sections, read the preview, save a PDF. */
import type { Locator, Page } from '@playwright/test';
import type { RecordingPlatform } from '../../../electron/platform/recordingPlatform';
import { ShellPage } from './ShellPage';

export class ExportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new ShellPage(this.page).open('Export');
  }

  async chooseRange(name: 'This month' | 'Last month' | 'This year' | 'Choose days' | 'Everything'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Range' }).getByRole('radio', { name }).locator('xpath=ancestor::label[1]').click();
  }

  async chooseDays(first: string, last: string): Promise<void> {
    await this.chooseRange('Choose days');
    await this.page.getByLabel('First day').fill(first);
    await this.page.getByLabel('Last day').fill(last);
  }

  section(name: string): Locator {
    return this.page.getByRole('group', { name: 'Sections' }).getByRole('checkbox', { name });
  }

  async toggleSection(name: string): Promise<void> {
    await this.section(name).locator('xpath=ancestor::label[1]').click();
  }

  get includePrivate(): Locator {
    return this.page.getByRole('switch', { name: 'Include my private entries' });
  }

  async setIncludePrivate(isOn: boolean): Promise<void> {
    if ((await this.includePrivate.isChecked()) !== isOn) await this.includePrivate.locator('xpath=ancestor::label[1]').click();
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'What the PDF will hold' });
  }

  /** The preview's count for a section ("3 appreciations"), once it has settled. */
  count(section: string): Locator {
    const term = this.page.getByRole('term').filter({ hasText: section });
    return this.preview.locator('div', { has: term }).getByRole('definition');
  }

  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Saved|Cancelled|could not/ });
  }

  /** Saves the journal as PDF, answering main's save dialog with `path`; resolves once the screen says it is saved. */
  async saveTo(platform: RecordingPlatform, path: string): Promise<void> {
    await this.saveWith(platform, path, 'Save as PDF…');
  }

  /** Presses one of the screen's save buttons (journal, keepsake, cards) and answers the dialog with `path`. */
  async saveWith(platform: RecordingPlatform, path: string, button: string): Promise<void> {
    platform.savePathAnswers.push(path);
    const section = this.page.getByRole('region').filter({ has: this.page.getByRole('button', { name: button, exact: true }) });
    await section.getByRole('button', { name: button, exact: true }).click();
    await section.getByRole('status').filter({ hasText: /^Saved\./ }).waitFor({ timeout: 60_000 });
  }
}
