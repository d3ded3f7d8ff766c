/** One ritual's reminder in Settings: on or off, which days, what time. */
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup';
import { Toggle } from '@renderer/ui/Toggle';
import { REMINDER_NAMES } from '@shared/reminders/reminderTexts';
import type { ReminderKind, RitualRule, Weekday } from '@shared/settings/reminderSettings';
import { WEEKDAY_OPTIONS } from './reminderWording';
import { WallTimeField } from './WallTimeField';
import styles from './ReminderSection.module.css';

const NOTES: Readonly<Record<ReminderKind, string>> = {
  appreciation: 'A nudge at bedtime to write a few words to each other.',
  checkin: 'A moment each week to see how you are both doing.',
  practice: 'Only while something from your weekly plan is still to do. The reminder never says which exercise.',
};

interface RitualRuleFieldsProps {
  kind: ReminderKind;
  rule: RitualRule;
  onChange: (rule: RitualRule) => void;
}

export function RitualRuleFields({ kind, rule, onChange }: RitualRuleFieldsProps) {
  const name = REMINDER_NAMES[kind];
  return (
    <div className={styles.block}>
      <Toggle label={`Remind us: ${name.toLowerCase()}`} description={NOTES[kind]} isSelected={rule.isOn} onChange={(isOn) => onChange({ ...rule, isOn })} />
      {rule.isOn ? (
        <div className={styles.row}>
          <CheckboxGroup
            label={`Days for ${name.toLowerCase()}`}
            look="chips"
            value={rule.days.map((day) => `${day}` as const)}
            options={WEEKDAY_OPTIONS}
            onChange={(days) => onChange({ ...rule, days: days.map((day) => Number(day) as Weekday) })}
          />
          <WallTimeField label={`Time for ${name.toLowerCase()}`} value={rule.time} onChange={(time) => onChange({ ...rule, time })} />
        </div>
      ) : null}
      {rule.isOn && rule.days.length === 0 ? <p className={styles.note}>With no days chosen, this reminder never comes.</p> : null}
    </div>
  );
}
