/** Settings › Reminders, as a person uses it. */
import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './ShellPage';

export type RitualName = "tonight's appreciation" | 'weekly check-in' | 'planned practices';

export class RemindersPage {
  readonly shell: ShellPage;
  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.open('Settings');
    await this.section.waitFor();
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Reminders' });
  }

  ritualSwitch(name: RitualName): Locator {
    return this.section.getByRole('switch', { name: `Remind us: ${name}` });
  }

  /** Turns a switch the way a person does: by clicking it (its input is visually hidden). */
  async flip(toggle: Locator): Promise<void> {
    await toggle.locator('xpath=ancestor::label[1]').click();
  }

  time(name: RitualName): Locator {
    return this.section.getByLabel(`Time for ${name}`);
  }

  day(name: RitualName, day: string): Locator {
    return this.section.getByRole('group', { name: `Days for ${name}` }).getByRole('checkbox', { name: day });
  }

  get quietHours(): Locator {
    return this.section.getByRole('switch', { name: 'Quiet hours' });
  }

  /** Today's line about the next reminder. */
  nextReminderLine(): Locator {
    return this.page.getByText(/^(Next reminder|No reminders are set|Reminders are paused)/);
  }
}
