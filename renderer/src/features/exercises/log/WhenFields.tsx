/** When a session began (a local date and time, the browser's own pickers) and how many minutes it took. */
import { useId } from 'react';
import { Group, Input, Label, NumberField, Button as AriaButton } from 'react-aria-components';
import type { LogFormValues } from './logFormState';
import styles from './fields.module.css';

interface WhenFieldsProps {
  values: LogFormValues;
  onChange: <K extends keyof LogFormValues>(key: K, value: LogFormValues[K]) => void;
}

export function WhenFields({ values, onChange }: WhenFieldsProps) {
  const dateId = useId();
  const timeId = useId();
  return (
    <div className={styles.row}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={dateId}>
          Day
        </label>
        <input id={dateId} className={styles.input} type="date" value={values.date} onChange={(event) => onChange('date', event.target.value)} required />
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={timeId}>
          Time it began
        </label>
        <input id={timeId} className={styles.input} type="time" value={values.time} onChange={(event) => onChange('time', event.target.value)} required />
      </div>
      <NumberField className={styles.field} value={values.minutes} onChange={(value) => onChange('minutes', value)} minValue={1} maxValue={1440}>
        <Label className={styles.label}>Minutes</Label>
        <Group className={styles.stepper}>
          <AriaButton slot="decrement" className={styles.step}>
            −
          </AriaButton>
          <Input className={`${styles.input} ${styles.number}`} />
          <AriaButton slot="increment" className={styles.step}>
            +
          </AriaButton>
        </Group>
      </NumberField>
    </div>
  );
}
