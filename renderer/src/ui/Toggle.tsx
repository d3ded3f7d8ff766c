/**
 * An on/off setting, over react-aria's Switch: a real switch for assistive technology, Space toggles it.
 * It can be unavailable (`isDisabled`); the description then says why and is read with the switch.
 */
import { useId } from 'react';
import { Switch } from 'react-aria-components';
import styles from './Toggle.module.css';

interface ToggleProps {
  label: string;
  /** A line under the label saying what the switch changes. */
  description?: string;
  isSelected: boolean;
  isDisabled?: boolean;
  onChange: (isSelected: boolean) => void;
}

export function Toggle({ label, description, isSelected, isDisabled, onChange }: ToggleProps) {
  const descriptionId = useId();
  return (
    <div className={styles.row}>
      <Switch
        className={styles.switch}
        isSelected={isSelected}
        isDisabled={isDisabled}
        onChange={onChange}
        aria-describedby={description ? descriptionId : undefined}
      >
        <span className={styles.label}>{label}</span>
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
      </Switch>
      {description ? (
        <p id={descriptionId} className={styles.description}>
          {description}
        </p>
      ) : null}
    </div>
  );
}
