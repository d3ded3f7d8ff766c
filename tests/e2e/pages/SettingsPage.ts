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
    return this.page.getByRole('radiogroup', { name: /theme/i }).getByRole('radio', { name, exact: true });
  }

  textSize(name: 'Small' | 'Medium' | 'Large' | 'Larger'): Locator {
    return this.page.getByRole('radiogroup', { name: /text size/i }).getByRole('radio', { name, exact: true });
  }

  get reduceMotion(): Locator {
    return this.page.getByRole('switch', { name: /reduce motion/i });
  }
}
