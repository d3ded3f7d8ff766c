/**
 * Hearth's buttons, over react-aria's Button (press, keyboard and focus handled once). `ActionLink` looks the
 * same but goes to a place in the app, so it stays a real link.
 */
import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { Link } from 'wouter';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'quiet';

function classFor(variant: ButtonVariant): string {
  return `${styles.button} ${variant === 'primary' ? styles.primary : styles.quiet}`;
}

interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children' | 'style'> {
  variant?: ButtonVariant;
  children: ReactNode;
}

export function Button({ variant = 'quiet', children, ...rest }: ButtonProps) {
  return (
    <AriaButton {...rest} className={classFor(variant)}>
      {children}
    </AriaButton>
  );
}

interface ActionLinkProps {
  /** An app path such as `/guidance`. */
  to: string;
  variant?: ButtonVariant;
  children: ReactNode;
}

export function ActionLink({ to, variant = 'primary', children }: ActionLinkProps) {
  return (
    <Link href={to} className={classFor(variant)}>
      {children}
    </Link>
  );
}
