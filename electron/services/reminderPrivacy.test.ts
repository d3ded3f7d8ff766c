/**
 * Nothing a person wrote reaches a notification, the tray or main's settings file. Whatever the page sends
 * through every channel (with words a person might write in every field), the words main shows the
 * operating system over a week of reminders, snoozes, pauses and tray clicks are ours alone.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/channels';
import { CATCH_UP_BODY, PAUSE_LABELS, REMINDER_TEXTS, SNOOZE_LABELS } from '@shared/reminders';
import { DEFAULT_REMINDER_SETTINGS } from '@shared/settings/reminderSettings';
import { createMainRuntime, startBackgroundServices } from '../mainServices';
import { ManualClock } from '../platform/manualClock';
import { RecordingPlatform } from '../platform/recordingPlatform';

const ORIGIN = 'app://hearth';
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** Our own words, which a drawn word must not happen to be part of (or the test would fail falsely). */
const OUR_WORDS = [
  ...Object.values(REMINDER_TEXTS).flatMap((t) => [t.title, t.body]),
  CATCH_UP_BODY,
  ...Object.values(SNOOZE_LABELS),
  ...Object.values(PAUSE_LABELS),
  'Open Hearth Write tonight\'s appreciation Check in Start the 20-minute talk Resume reminders Lock now Quit Hearth',
  'Hearth: a reminder is waiting, reminders paused',
]
  .join(' ')
  .toLowerCase();
/** A word a person might write. */
const personalWord = fc.stringMatching(/^[A-Za-z][a-z]{5,11}$/).filter((word) => !OUR_WORDS.includes(word.toLowerCase()));

function everythingShown(platform: RecordingPlatform): string[] {
  return [
    ...platform.shownNotifications.flatMap((n) => [n.title, n.body, ...(n.actions ?? []).map((a) => a.label)]),
    ...platform.trayMenu.flatMap((item) => (item.kind === 'action' ? [item.label] : [])),
    platform.trayTooltip,
  ];
}

describe('reminders never carry what a person wrote', () => {
  it('no notification, tray label or tooltip, nor the settings file, holds a word the page sent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(personalWord, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 6 }), async (words, startDay) => {
        const clock = new ManualClock({ startAt: Date.parse('2026-06-01T08:00:00Z') + startDay * 86_400_000, timeZone: 'Europe/London' });
        const platform = new RecordingPlatform({ clock });
        const dataDir = await mkdtemp(join(tmpdir(), 'hearth-privacy-'));
        const runtime = createMainRuntime({ platform, dataDir, trustedOrigin: ORIGIN });
        startBackgroundServices(runtime, () => {});
        const send = (channel: string, input: unknown) => runtime.dispatcher.dispatch(`${ORIGIN}/index.html`, channel, input);
        // Every channel, with the person's words in every place a field could be.
        for (const word of words) {
          for (const channel of INVOKE_CHANNELS.filter((c) => c !== 'links:openExternal' && c !== 'files:saveText')) {
            await send(channel, { kind: word, label: word, title: word, exerciseId: word, until: word, choice: word });
          }
          await send('settings:update', { reminders: { ...DEFAULT_REMINDER_SETTINGS, note: word } });
          await send('settings:update', { reminders: { ...DEFAULT_REMINDER_SETTINGS, rules: { ...DEFAULT_REMINDER_SETTINGS.rules, practice: { isOn: true, days: everyDay, time: word } } } });
        }
        // Then real use: every ritual on, a practice planned, a week of reminders with snoozes and pauses.
        const rules = { appreciation: { isOn: true, days: everyDay, time: '21:30' }, checkin: { isOn: true, days: everyDay, time: '19:00' }, practice: { isOn: true, days: everyDay, time: '20:00' } };
        await send('settings:update', { reminders: { ...DEFAULT_REMINDER_SETTINGS, rules } });
        await send('reminders:setPlannedPractice', { until: clock.now() + 7 * 86_400_000 });
        for (let day = 0; day < 7; day += 1) {
          clock.advance(12 * 3_600_000);
          platform.simulate.pickNotificationAction(platform.shownNotifications.length - 1, '10-minutes');
          for (const item of ['pause:an-hour', 'resume', 'snooze:an-hour']) platform.simulate.clickTrayItem(item);
          await new Promise((resolve) => setImmediate(resolve));
          clock.advance(12 * 3_600_000);
        }
        platform.simulate.sleep(3 * 86_400_000);
        const shown = everythingShown(platform);
        // The scan can see: reminders did fire, and their words are here.
        expect(platform.shownNotifications.length).toBeGreaterThan(7);
        expect(shown).toContain("Time for tonight's appreciation");
        const file = await readFile(join(dataDir, 'settings.json'), 'utf8');
        expect(file).toContain('21:30');
        for (const word of words) {
          for (const text of shown) expect(text.toLowerCase()).not.toContain(word.toLowerCase());
          expect(file.toLowerCase()).not.toContain(word.toLowerCase());
        }
        runtime.services.reminders.stop();
      }),
      { numRuns: 15 },
    );
  });
});
