/**
 * Export: the couple's journal as a PDF of any range and sections, a keepsake year, and the cards to cut out. Built here as self-contained HTML (no
 * script, nothing fetched), printed by main in a script-free window and written only where the person
 * chooses. Reached from the sidebar and from Settings.
 */
import { PrinterIcon } from '@renderer/ui/icons';
import { Screen } from '@renderer/ui/Screen';
import { CardDeckSection } from './CardDeckSection';
import { JournalExportSection } from './JournalExportSection';
import { KeepsakeSection } from './KeepsakeSection';
import styles from './ExportScreen.module.css';

export function ExportScreen() {
  return (
    <Screen icon={PrinterIcon} title="Export" lead="Your words on paper, when you want them. Hearth makes a PDF, and you choose where it goes.">
      <div className={styles.sections}>
        <JournalExportSection />
        <KeepsakeSection />
        <CardDeckSection />
      </div>
    </Screen>
  );
}
