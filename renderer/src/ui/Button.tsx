/**
 * Hearth's buttons, over react-aria's Button (press, keyboard and focus handled once). `ActionLink` looks the
 * same but goes to a place in the app, so it stays a real link. `PlainButton` is the same button with a look
 * its feature draws (an icon button, a stage tile); every other button uses a variant here.
 */
import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { Link } from 'wouter';
import styles from './Button.module.css';

/** primary: the one main action; quiet: the others; link: reads as a quiet link ("Use a recovery key instead"). */
export type ButtonVariant = 'primary' | 'quiet' | 'link';

function classFor(variant: ButtonVariant, size: 'regular' | 'small' = 'regular'): string {
  if (variant === 'link') return styles.link ?? '';
  return `${styles.button} ${styles[variant]} ${size === 'small' ? styles.small : ''}`;
}

interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children' | 'style'> {
  variant?: ButtonVariant;
  /** Smaller, for actions that repeat on every item of a list. */
  size?: 'regular' | 'small';
  children: ReactNode;
}

export function Button({ variant = 'quiet', size, children, ...rest }: ButtonProps) {
  return (
    <AriaButton {...rest} className={classFor(variant, size)}>
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

interface PlainButtonProps extends Omit<AriaButtonProps, 'className' | 'children' | 'style'> {
  /** The feature's own look for this one button. */
  className: string;
  children: ReactNode;
}

export function PlainButton({ className, children, ...rest }: PlainButtonProps) {
  return (
    <AriaButton {...rest} className={className}>
      {children}
    </AriaButton>
  );
}
