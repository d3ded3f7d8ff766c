/** A button that reads as a quiet link ("Use a recovery key instead"): ui/Button's link look, placed in its column. */
import type { ReactNode } from 'react';
import { Button } from '@renderer/ui/Button';
import styles from './TextButton.module.css';

interface TextButtonProps {
  onPress: () => void;
  children: ReactNode;
  align?: 'start' | 'center';
}

export function TextButton({ onPress, children, align = 'start' }: TextButtonProps) {
  return (
    <div className={align === 'center' ? styles.centre : styles.start}>
      <Button variant="link" onPress={onPress}>
        {children}
      </Button>
    </div>
  );
}
