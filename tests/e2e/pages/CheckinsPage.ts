/** The Check-ins screen: filling a check-in as a person does. */
import type { Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

export interface CheckinAnswers {
  kind: 'Quick' | 'Weekly';
  /** The word chosen on each of the four scales, in order (mood, closeness, touch, stress). */
  words: [string, string, string, string];
  howAreYou?: string;
  bothering?: { note: string; keepToMyself: boolean };
  helpThisWeek?: string;
}

export class CheckinsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new ShellPage(this.page).open('Check-ins');
  }

  async choose(radioName: string | RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: radioName }).first().locator('xpath=ancestor::label[1]').click();
  }

  /** Fills the form without saving. */
  async fill(answers: CheckinAnswers): Promise<void> {
    await this.choose(new RegExp(`^${answers.kind}\\b`));
    const questions = ['How has your mood been?', 'How close do you feel to each other?', 'How has touch and affection been?', 'How stressed have you been?'];
    for (const [index, question] of questions.entries()) {
      const group = this.page.getByRole('radiogroup', { name: question });
      await group.getByRole('radio', { name: answers.words[index], exact: true }).locator('xpath=ancestor::label[1]').click();
    }
    if (answers.howAreYou) await this.page.getByLabel('How are you doing?').fill(answers.howAreYou);
    if (answers.bothering) {
      await this.page.getByRole('radiogroup', { name: 'Is something bothering you?' }).getByRole('radio', { name: /^Yes/ }).locator('xpath=ancestor::label[1]').click();
      await this.page.getByLabel('Would you like to say what it is?').fill(answers.bothering.note);
      if (answers.bothering.keepToMyself) {
        await this.page.getByRole('switch', { name: /Keep this note to myself/ }).locator('xpath=ancestor::label[1]').click();
      }
    }
    if (answers.helpThisWeek) await this.page.getByLabel('What would help this week?').fill(answers.helpThisWeek);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Save (check-in|changes)$/ }).click();
    await this.page.getByRole('status').filter({ hasText: /^Saved/ }).first().waitFor();
  }
}
