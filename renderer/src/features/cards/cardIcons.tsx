/** Two small line icons for card marks, drawn like ui/icons (decorative; the words beside them carry the meaning). */
import styles from './cardIcons.module.css';

interface MarkIconProps {
  className?: string;
  isFilled?: boolean;
}

export function HeartIcon({ className, isFilled = false }: MarkIconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="20" height="20" fill={isFilled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M12 19.5s-7.5-4.4-7.5-9.6A4.1 4.1 0 0 1 12 7.6a4.1 4.1 0 0 1 7.5 2.3c0 5.2-7.5 9.6-7.5 9.6z" />
    </svg>
  );
}

export function CheckIcon({ className, isFilled = false }: MarkIconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="8" fill={isFilled ? 'currentColor' : 'none'} />
      <path className={isFilled ? styles.tickOnFill : undefined} d="M8.5 12.2l2.4 2.4 4.6-5" />
    </svg>
  );
}
