/** "Lock after": how many idle minutes before Hearth locks itself, saved with the app settings. */
import { useSettings } from '@renderer/lib/settings';
import { AUTO_LOCK_CHOICES } from '@shared/settings/settings';
import { ChoiceCards, type ChoiceCardOption } from '@renderer/ui/ChoiceCards';

type Choice = `${(typeof AUTO_LOCK_CHOICES)[number]}`;

function labelFor(minutes: number): string {
  if (minutes === 60) return '1 hour';
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

const OPTIONS: readonly ChoiceCardOption<Choice>[] = AUTO_LOCK_CHOICES.map((minutes) => ({
  value: `${minutes}` as Choice,
  label: labelFor(minutes),
}));

export function AutoLockSetting() {
  const { settings, updateSettings } = useSettings();
  const current = OPTIONS.some((option) => option.value === `${settings.autoLockMinutes}`) ? (`${settings.autoLockMinutes}` as Choice) : '5';
  return (
    <ChoiceCards
      label="Lock after"
      description="When nobody has typed, clicked or scrolled for this long, Hearth locks itself. It also locks when the computer sleeps."
      value={current}
      options={OPTIONS}
      onChange={(value) => updateSettings({ autoLockMinutes: Number(value) })}
    />
  );
}
