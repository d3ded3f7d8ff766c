/** When a session began (a local date and time, the browser's own pickers) and how many minutes it took. */
import { NumberField } from '@renderer/ui/NumberField';
import { TextField } from '@renderer/ui/TextField';
import field from '@renderer/ui/field.module.css';
import type { LogFormValues } from './logFormState';

interface WhenFieldsProps {
  values: LogFormValues;
  onChange: <K extends keyof LogFormValues>(key: K, value: LogFormValues[K]) => void;
}

export function WhenFields({ values, onChange }: WhenFieldsProps) {
  return (
    <div className={field.row}>
      <TextField label="Day" type="date" value={values.date} onChange={(date) => onChange('date', date)} isRequired />
      <TextField label="Time it began" type="time" value={values.time} onChange={(time) => onChange('time', time)} isRequired />
      <NumberField label="Minutes" value={values.minutes} onChange={(value) => onChange('minutes', value)} minValue={1} maxValue={1440} />
    </div>
  );
}
