/** A button that reads as a quiet link ("Use a recovery key instead"): react-aria's Button, link-styled. */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import styles from './TextButton.module.css';

interface TextButtonProps {
  onPress: () => void;
  children: ReactNode;
  align?: 'start' | 'center';
}

export function TextButton({ onPress, children, align = 'start' }: TextButtonProps) {
  return (
    <Button className={`${styles.textButton} ${align === 'center' ? styles.centre : ''}`} onPress={onPress}>
      {children}
    </Button>
  );
}
