/**
 * Hearth's line icons: small inline SVGs drawn in currentColor, always decorative (aria-hidden), so the
 * text beside them carries the meaning.
 */
import type { ReactNode } from 'react';

export type IconComponent = (props: { className?: string }) => ReactNode;

function IconFrame({ className, children }: { className?: string; children: ReactNode }) {
  return (
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
      {children}
    </svg>
  );
}

export const FlameIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M12 3.2c2.6 3 5.3 5.4 5.3 9.3a5.3 5.3 0 0 1-10.6 0c0-2.1.9-3.6 2.1-4.9.3 1.7 1.2 2.7 2.5 3C10.9 8.2 11.2 5.5 12 3.2z" />
    <path d="M12 20.2c-1.5 0-2.5-1.1-2.5-2.5 0-1.3.9-2.2 2.5-3.6 1.6 1.4 2.5 2.3 2.5 3.6 0 1.4-1 2.5-2.5 2.5z" />
  </IconFrame>
);

export const SunIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2.8v2M12 19.2v2M2.8 12h2M19.2 12h2M5.5 5.5l1.4 1.4M17.1 17.1l1.4 1.4M5.5 18.5l1.4-1.4M17.1 6.9l1.4-1.4" />
  </IconFrame>
);

export const BookIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M3.5 5.5c2.8-1.2 5.8-1.1 8.5.7 2.7-1.8 5.7-1.9 8.5-.7v13.2c-2.8-1.1-5.8-1-8.5.8-2.7-1.8-5.7-1.9-8.5-.8z" />
    <path d="M12 6.2v13.3" />
  </IconFrame>
);

export const PulseIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M3 12.5h3.8l2-5 4.2 10 2.2-5.5h5.8" />
  </IconFrame>
);

export const SproutIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M12 20.5v-8" />
    <path d="M12 12.5c0-4.3 3-7.3 8-7.3 0 5-3 8-8 7.3z" />
    <path d="M12 14.5c0-3.3-2.5-5.5-6.5-5.5 0 3.8 2.5 6 6.5 5.5z" />
  </IconFrame>
);

export const CardsIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <rect x="4.5" y="6.5" width="11" height="14" rx="1.6" />
    <path d="M8.5 3.5h9.4a1.6 1.6 0 0 1 1.6 1.6v11.4" />
  </IconFrame>
);

export const CompassIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M15.2 8.8l-1.9 4.5-4.5 1.9 1.9-4.5z" />
  </IconFrame>
);

export const SlidersIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M4 7.5h8.5M17.5 7.5H20M4 16.5h2.5M11.5 16.5H20" />
    <circle cx="15" cy="7.5" r="2.3" />
    <circle cx="9" cy="16.5" r="2.3" />
  </IconFrame>
);

/** Two overlapping hearts: love languages. */
export const HeartsIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M9.5 19s-6-3.6-6-8a3.3 3.3 0 0 1 6-1.9 3.3 3.3 0 0 1 6 1.9c0 4.4-6 8-6 8z" />
    <path d="M14.3 5.6a3.3 3.3 0 0 1 6.2 1.9c0 3-2.7 5.6-4.6 7" />
  </IconFrame>
);

export const PrinterIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M7 8.5V3.5h10v5" />
    <rect x="3.5" y="8.5" width="17" height="8" rx="1.6" />
    <path d="M7 14h10v6.5H7z" />
    <path d="M16.5 11.5h.01" />
  </IconFrame>
);

export const BellIcon: IconComponent = ({ className }) => (
  <IconFrame className={className}>
    <path d="M6.5 16.5V11a5.5 5.5 0 0 1 11 0v5.5l1.5 1.7H5l1.5-1.7z" />
    <path d="M10.2 20.2a2 2 0 0 0 3.6 0" />
  </IconFrame>
);
