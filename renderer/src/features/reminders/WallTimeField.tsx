/**
 * A time of day for a reminder. The browser's time field reports nothing usable while half typed, so the
 * draft stays here and only a whole `HH:MM` is passed on (and saved).
 */
import { useState } from 'react';
import { TextField } from '@renderer/ui/TextField';
import { wallTimeSchema, type WallTime } from '@shared/settings/reminderSettings';

interface WallTimeFieldProps {
  label: string;
  value: WallTime;
  onChange: (time: WallTime) => void;
  isDisabled?: boolean;
}

export function WallTimeField({ label, value, onChange, isDisabled }: WallTimeFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const isWhole = wallTimeSchema.safeParse(shown).success;
  return (
    <TextField
      label={label}
      type="time"
      value={shown}
      isDisabled={isDisabled}
      error={isWhole ? null : 'Choose a time, such as 21:30.'}
      onChange={(next) => {
        if (wallTimeSchema.safeParse(next).success) {
          setDraft(null);
          onChange(next);
        } else {
          setDraft(next);
        }
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
