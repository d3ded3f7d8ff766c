/** Where an export job stands, told calmly: a progress bar while the document is built, then what happened. */
import { Button } from '@renderer/ui/Button';
import type { JobState } from './useExportJob';
import styles from './ExportScreen.module.css';

const SAVED_PRIVATE = 'Saved. The PDF is not encrypted: keep it somewhere only the two of you can reach.';

/** `savedText`: what to say once saved (the journal's privacy reminder unless the PDF holds only Hearth's words). */
export function ExportProgress({ state, onCancel, savedText = SAVED_PRIVATE }: { state: JobState; onCancel: () => void; savedText?: string }) {
  const isRunning = state.status === 'building' || state.status === 'saving';
  return (
    <div className={styles.progress}>
      {state.status === 'building' ? (
        <progress className={styles.bar} aria-label="Making the PDF" max={state.progress.total} value={state.progress.done} />
      ) : null}
      <p role="status" className={state.status === 'failed' ? styles.problem : styles.statusLine}>
        {state.status === 'saved' ? savedText : statusText(state)}
      </p>
      {isRunning ? <Button onPress={onCancel}>Cancel</Button> : null}
    </div>
  );
}

function statusText(state: JobState): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'building':
      return `Setting the pages… ${Math.round((100 * state.progress.done) / Math.max(1, state.progress.total))}%`;
    case 'saving':
      return 'Printing and saving where you choose…';
    case 'saved':
      return SAVED_PRIVATE;
    case 'cancelled':
      return 'Cancelled. Nothing was saved.';
    case 'failed':
      return state.message;
  }
}
