/**
 * A message about a whole form (a wrong passphrase, a failed save, a change done). A problem is an alert,
 * announced as soon as it appears; good news is a polite status.
 */
import styles from './FormMessage.module.css';

interface FormMessageProps {
  message: string | null;
  tone?: 'problem' | 'success';
}

export function FormMessage({ message, tone = 'problem' }: FormMessageProps) {
  if (!message) return null;
  return (
    <p className={`${styles.message} ${tone === 'success' ? styles.success : ''}`} role={tone === 'problem' ? 'alert' : 'status'}>
      {message}
    </p>
  );
}
