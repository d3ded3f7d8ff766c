/**
 * A button that stays pressed ("Favourite"), over react-aria's ToggleButton: it says whether it is on
 * (aria-pressed), so its label never has to change to show the state.
 */
import type { ReactNode } from 'react';
import { ToggleButton as AriaToggleButton } from 'react-aria-components';
import styles from './ToggleButton.module.css';

interface ToggleButtonProps {
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  /** A small decorative picture before the label. */
  icon?: ReactNode;
  /** A fuller name, when the same toggle repeats on several items ("Favourite: What made you laugh…"). */
  'aria-label'?: string;
  children: ReactNode;
}

export function ToggleButton({ isSelected, onChange, icon, children, ...rest }: ToggleButtonProps) {
  return (
    <AriaToggleButton className={styles.toggle} isSelected={isSelected} onChange={onChange} aria-label={rest['aria-label']}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </AriaToggleButton>
  );
}
