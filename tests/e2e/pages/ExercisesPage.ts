/** The Exercises screen: the library and the guided tools. */
import { expect, type Locator, type Page } from '@playwright/test';
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

  /** Sensate focus: the programme's stages, from the library. */
  async openSensateFocus(): Promise<void> {
    await this.openExercise('Sensate focus');
    await this.page.getByRole('button', { name: 'Open the stages' }).click();
  }

  /** One stage's button in the row of stages. */
  stage(number: number): Locator {
    return this.page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: new RegExp(`^Stage ${number}\\b`) });
  }

  /** Logs a session at the stage shown, with the form's own defaults (both partners, now). */
  async logSensateSession(stage: number): Promise<void> {
    await this.page.getByRole('button', { name: `Log a session at stage ${stage}` }).click();
    await this.page.getByRole('button', { name: 'Save to log' }).click();
    await expect(this.page.getByText('Saved to your log.')).toBeVisible();
  }

  get readySwitch(): Locator {
    return this.page.getByRole('switch', { name: "I'm ready for the next stage" });
  }

  /** Switches hide their input: a person clicks the label around it. */
  async markReady(): Promise<void> {
    await expect(this.readySwitch).not.toBeChecked();
    await this.readySwitch.locator('xpath=ancestor::label[1]').click();
  }
}
