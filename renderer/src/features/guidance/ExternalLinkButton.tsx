/**
 * A button that offers to open a web page in the system browser. It never opens anything itself: main
 * asks the person in a native dialog and opens only https. What happened is said calmly beside it.
 */
import { useState } from 'react';
import { Button } from '@renderer/ui/Button';
import { mainApi } from '@renderer/platform/bridge';
import { displayHost, outcomeText, type LinkOutcome } from './externalLinks';
import styles from './ExternalLinkButton.module.css';

interface ExternalLinkButtonProps {
  url: string;
  /** Whose site it is; added to the button's name, since two organisations can share a host. */
  name: string;
}

export function ExternalLinkButton({ url, name }: ExternalLinkButtonProps) {
  const [outcome, setOutcome] = useState<LinkOutcome | null>(null);

  // While the dialog is up, another press is ignored (rather than disabling the button, which would drop focus).
  const open = async () => {
    if (outcome === 'asking') return;
    setOutcome('asking');
    try {
      setOutcome(await mainApi.links.openExternal({ url }));
    } catch (error) {
      console.warn('A link could not be opened', error instanceof Error ? error.name : 'unknown');
      setOutcome('failed');
    }
  };

  return (
    <div className={styles.row}>
      <Button onPress={() => void open()} aria-label={`Open ${displayHost(url)} (${name})`}>
        Open {displayHost(url)}
        <ArrowOutIcon />
      </Button>
      <span className={styles.outcome} role="status">
        {outcome ? outcomeText(outcome, url) : ''}
      </span>
    </div>
  );
}

/** A small "leaves the app" arrow (decorative). */
function ArrowOutIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M14 5h5v5M19 5l-8 8M17 14v4.5a1.5 1.5 0 0 1-1.5 1.5h-10A1.5 1.5 0 0 1 4 18.5v-10A1.5 1.5 0 0 1 5.5 7H10" />
    </svg>
  );
}
