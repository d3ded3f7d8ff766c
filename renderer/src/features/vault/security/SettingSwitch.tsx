/**
 * An on/off setting that can be unavailable: ui/Toggle's look, plus a disabled state whose reason is read
 * with the switch. (ui/Toggle has no disabled state yet; if it grows one, this can go.)
 */
import { useId } from 'react';
import { Switch } from 'react-aria-components';
import styles from './SettingSwitch.module.css';

interface SettingSwitchProps {
  label: string;
  description: string;
  isSelected: boolean;
  isDisabled?: boolean;
  onChange: (isSelected: boolean) => void;
}

export function SettingSwitch({ label, description, isSelected, isDisabled, onChange }: SettingSwitchProps) {
  const descriptionId = useId();
  return (
    <div className={styles.row}>
      <Switch className={styles.switch} isSelected={isSelected} isDisabled={isDisabled} onChange={onChange} aria-describedby={descriptionId}>
        <span className={styles.label}>{label}</span>
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
      </Switch>
      <p id={descriptionId} className={styles.description}>
        {description}
      </p>
    </div>
  );
}
