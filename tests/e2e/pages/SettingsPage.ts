/** The Settings screen's Appearance section. */
import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

export class SettingsPage {
  readonly shell: ShellPage;
  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.open('Settings');
  }

  theme(name: 'System' | 'Light' | 'Dark'): Locator {
    // Each theme's name is followed by a short description ("Dark Soft light for evenings").
    return this.page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: new RegExp(`^${name}\\b`) });
  }

  textSize(name: 'Small' | 'Medium' | 'Large' | 'Larger'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Text size' }).getByRole('radio', { name, exact: true });
  }

  /** Chooses an option the way a person does: by clicking its card (the radio itself is visually hidden). */
  async choose(radio: Locator): Promise<void> {
    await radio.locator('xpath=ancestor::label[1]').click();
  }

  get reduceMotion(): Locator {
    return this.page.getByRole('switch', { name: /reduce motion/i });
  }
}
