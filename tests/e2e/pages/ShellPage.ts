/** The app shell as a person meets it: the main navigation and the screen it shows. */
import type { Locator, Page } from '@playwright/test';

export const PLACES = ['Today', 'Journal', 'Check-ins', 'Exercises', 'Love languages', 'Cards', 'Guidance', 'Settings', 'Export'] as const;
export type Place = (typeof PLACES)[number];

export class ShellPage {
  constructor(readonly page: Page) {}

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  link(place: Place): Locator {
    return this.navigation.getByRole('link', { name: place, exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  async open(place: Place): Promise<void> {
    await this.link(place).click();
  }
}
