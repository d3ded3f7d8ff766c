/** The love-languages emblem for the navigation and the screen: two overlapping hearts, drawn like ui/icons. */
import type { IconComponent } from '@renderer/ui/icons';

export const LoveLanguagesIcon: IconComponent = ({ className }) => (
  <svg
    className={className}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M9.5 19s-6-3.6-6-8a3.3 3.3 0 0 1 6-1.9 3.3 3.3 0 0 1 6 1.9c0 4.4-6 8-6 8z" />
    <path d="M14.3 5.6a3.3 3.3 0 0 1 6.2 1.9c0 3-2.7 5.6-4.6 7" />
  </svg>
);
