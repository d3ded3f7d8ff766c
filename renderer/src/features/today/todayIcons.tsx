/** Two small marks for Today's states, drawn like ui/icons (decorative; the words beside them say it). */
import type { IconComponent } from '@renderer/ui/icons';

export const DoneMark: IconComponent = ({ className }) => (
  <svg className={className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="9" />
    <path d="M8 12.4l2.7 2.6L16.2 9.4" />
  </svg>
);

export const OpenMark: IconComponent = ({ className }) => (
  <svg className={className} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeDasharray="2.6 3" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="9" />
  </svg>
);
