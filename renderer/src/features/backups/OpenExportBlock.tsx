/**
 * Settings › Backups › Export and import: the journal as plain JSON (not encrypted, which is said before
 * anything is written), and importing such a file back, all or nothing, merging by id.
 */
import { useState } from 'react';
import { useVaultControls } from '@renderer/data/session/vaultContext';
import { mainApi } from '@renderer/platform/bridge';
import { Button } from '@renderer/ui/Button';
import { Dialog } from '@renderer/ui/Dialog';
import { ImportRefusedError, parseExport } from '@shared/export/openExport';
import { importProblemText, importReportText } from './exportWords';
import styles from './BackupsSection.module.css';

type Outcome = { tone: 'done' | 'problem'; text: string } | null;

function ExportDialog({ onOutcome }: { onOutcome: (outcome: Outcome) => void }) {
  const { service } = useVaultControls();
  const [isBusy, setIsBusy] = useState(false);
  const exportNow = async (close: () => void) => {
    setIsBusy(true);
    try {
      const { text, count } = await service.exportReadable();
      const day = new Date().toISOString().slice(0, 10);
      const saved = await mainApi.dataExport.save({ suggestedName: `hearth-export-${day}.json`, text });
      onOutcome(saved === 'saved' ? { tone: 'done', text: `Exported ${count} ${count === 1 ? 'entry' : 'entries'}.` } : null);
      close();
    } catch {
      onOutcome({ tone: 'problem', text: "Hearth couldn't write the export just now. Nothing else was changed." });
      close();
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Dialog trigger={<Button>Export as JSON…</Button>} title="Export as JSON">
      {(close) => (
        <div className={styles.block}>
          <p className={styles.lead}>
            <strong>This file is not encrypted.</strong> Anyone who opens it can read every word in it, so keep it somewhere only you
            can reach, and delete it when you are done.
          </p>
          <p className={styles.note}>
            It holds what you can read here: what you both share, and your own private entries (never your partner&apos;s). Unfinished
            drafts stay in Hearth.
          </p>
          <div className={styles.actions}>
            <Button variant="primary" isDisabled={isBusy} onPress={() => void exportNow(close)}>
              {isBusy ? 'Preparing…' : 'Choose where to save it…'}
            </Button>
            <Button variant="link" onPress={close}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

export function OpenExportBlock() {
  const { service } = useVaultControls();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isImporting, setIsImporting] = useState(false);

  const importFile = async () => {
    setIsImporting(true);
    setOutcome(null);
    try {
      const picked = await mainApi.dataExport.open();
      if (picked) setOutcome({ tone: 'done', text: importReportText(await service.importRecords(parseExport(picked.text))) });
    } catch (error) {
      setOutcome({ tone: 'problem', text: error instanceof ImportRefusedError ? importProblemText(error.problem) : importProblemText('failed') });
    } finally {
      setIsImporting(false);
    }
  };

  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>Export and import</h3>
      <p className={styles.note}>
        A plain JSON file of your journal, to keep or to read in other programs. Unlike a backup it is not encrypted. Importing one
        adds the entries you wrote that are not here yet, and changes nothing else.
      </p>
      <div className={styles.actions}>
        <ExportDialog onOutcome={setOutcome} />
        <Button isDisabled={isImporting} onPress={() => void importFile()}>
          {isImporting ? 'Importing…' : 'Import from a Hearth export…'}
        </Button>
      </div>
      <div role="status">{outcome ? <p className={outcome.tone === 'problem' ? styles.problem : styles.note}>{outcome.text}</p> : null}</div>
    </div>
  );
}
