/** The Exercises screen: the library and the guided tools. */
import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

export class ExercisesPage {
  constructor(readonly page: Page) {}

  async openExercise(title: string): Promise<void> {
    await new ShellPage(this.page).open('Exercises');
    await this.page.getByRole('button', { name: `Open ${title}` }).click();
  }

  get timer(): Locator {
    return this.page.getByRole('timer');
  }

  async timerText(): Promise<string> {
    return ((await this.timer.textContent()) ?? '').replace(/^.*: /, '');
  }
}
