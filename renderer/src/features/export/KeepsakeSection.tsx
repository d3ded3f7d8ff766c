/** "A keepsake year": a year of appreciations as a small book, with that year's check-in chart at the end. */
import { useMemo, useState } from 'react';
import { useVault } from '@renderer/data';
import { Button } from '@renderer/ui/Button';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { Section } from '@renderer/ui/Section';
import { Toggle } from '@renderer/ui/Toggle';
import { buildKeepsakeDocument } from './document/keepsakeDocument';
import type { ExportOptions } from './exportContent';
import { resolveRange } from './exportRange';
import { ExportProgress } from './ExportProgress';
import styles from './ExportScreen.module.css';
import { usePeople } from './JournalExportSection';
import { useExportJob } from './useExportJob';
import { useExportPreview } from './useExportPreview';

export function KeepsakeSection() {
  const { records } = useVault();
  const people = usePeople();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear - 1));
  const [includeMyPrivate, setIncludeMyPrivate] = useState(false);
  const options = useMemo((): ExportOptions | null => {
    const resolved = resolveRange({ preset: 'custom', customFrom: `${year}-01-01`, customTo: `${year}-12-31` }, new Date());
    return resolved.ok ? { range: resolved.range, sections: ['appreciations', 'checkins'], includeMyPrivate } : null;
  }, [year, includeMyPrivate]);
  const preview = useExportPreview(records, options, people);
  const job = useExportJob();
  const yearOptions = [thisYear - 1, thisYear].map((value) => ({ value: String(value), label: String(value) }));

  const save = () => {
    if (preview.status !== 'ready') return;
    void job.start({
      kind: 'keepsake',
      suggestedName: `Hearth keepsake ${year}.pdf`,
      build: (chunking) => buildKeepsakeDocument(preview.content, Number(year), chunking),
    });
  };

  const days = preview.status === 'ready' ? new Set(preview.content.appreciations.map((entry) => new Date(entry.createdAt).toDateString())).size : 0;
  return (
    <Section title="A keepsake year" note="A year of your appreciations as a small A5 book, one day to a page, with the year's check-in chart at the end.">
      <ChoiceCards label="Year" look="pills" value={year} options={yearOptions} onChange={setYear} />
      <Toggle label="Include my private appreciations" description="Only your own. Your partner's private entries are never included." isSelected={includeMyPrivate} onChange={setIncludeMyPrivate} />
      <p className={styles.muted} role="status" aria-live="polite">
        {preview.status === 'ready'
          ? `${preview.content.appreciations.length} appreciations on ${days} days, and ${preview.content.checkins.length} check-ins for the chart.`
          : 'Looking through your journal…'}
      </p>
      <div className={styles.actions}>
        <Button variant="primary" onPress={save} isDisabled={preview.status !== 'ready' || job.isRunning || preview.content.appreciations.length === 0}>
          Save the keepsake as PDF…
        </Button>
      </div>
      <ExportProgress state={job.state} onCancel={job.cancel} />
    </Section>
  );
}
