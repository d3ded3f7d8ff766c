/**
 * "Your journal as PDF": the range, the sections, whether to include your own private entries, a preview of
 * what the PDF will hold, and Save. The preview's gathered content is what gets printed.
 */
import { useMemo, useState } from 'react';
import { useVault } from '@renderer/data';
import { Button } from '@renderer/ui/Button';
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { Section } from '@renderer/ui/Section';
import { TextField } from '@renderer/ui/TextField';
import { Toggle } from '@renderer/ui/Toggle';
import { buildJournalDocument } from './document/journalDocument';
import { SECTION_IDS, SECTION_TITLES, type ExportOptions, type ExportPeople, type SectionId } from './exportContent';
import { resolveRange, type RangeChoice, type RangePreset } from './exportRange';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import styles from './ExportScreen.module.css';
import { useExportJob } from './useExportJob';
import { useExportPreview } from './useExportPreview';

const PRESET_OPTIONS: readonly { value: RangePreset; label: string }[] = [
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'this-year', label: 'This year' },
  { value: 'custom', label: 'Choose days' },
  { value: 'everything', label: 'Everything' },
];

const SECTION_OPTIONS = SECTION_IDS.map((id) => ({ value: id, label: SECTION_TITLES[id] }));

export function usePeople(): ExportPeople {
  const { partner, profiles } = useVault();
  const a = profiles.a?.name;
  const b = profiles.b?.name;
  return useMemo(() => ({ viewer: partner ?? 'a', names: { ...(a ? { a } : {}), ...(b ? { b } : {}) } }), [partner, a, b]);
}

export function JournalExportSection() {
  const { records } = useVault();
  const people = usePeople();
  const [choice, setChoice] = useState<RangeChoice>({ preset: 'this-month', customFrom: '', customTo: '' });
  const [sections, setSections] = useState<SectionId[]>([...SECTION_IDS]);
  const [includeMyPrivate, setIncludeMyPrivate] = useState(false);
  const resolved = useMemo(() => resolveRange(choice, new Date()), [choice]);
  const options: ExportOptions | null = resolved.ok && sections.length > 0 ? { range: resolved.range, sections, includeMyPrivate } : null;
  const preview = useExportPreview(records, options, people);
  const job = useExportJob();
  const isReady = preview.status === 'ready' && !job.isRunning;

  const save = () => {
    if (preview.status !== 'ready') return;
    const { range } = preview.content.options;
    void job.start({
      kind: 'journal',
      suggestedName: `Hearth journal ${range.firstDay} to ${range.lastDay}.pdf`,
      build: (chunking) => buildJournalDocument(preview.content, chunking),
    });
  };

  return (
    <Section title="Your journal as PDF" note="For yourselves, or to bring to a counsellor. Choose what goes in; you will see what it holds before saving.">
      <ChoiceCards label="Range" look="pills" value={choice.preset} options={PRESET_OPTIONS} onChange={(preset) => setChoice((current) => ({ ...current, preset }))} />
      {choice.preset === 'custom' ? (
        <div className={styles.days}>
          <TextField label="First day" type="date" value={choice.customFrom} onChange={(customFrom) => setChoice((current) => ({ ...current, customFrom }))} />
          <TextField
            label="Last day"
            type="date"
            value={choice.customTo}
            onChange={(customTo) => setChoice((current) => ({ ...current, customTo }))}
            error={!resolved.ok && choice.customFrom && choice.customTo ? resolved.message : null}
          />
        </div>
      ) : null}
      <CheckboxGroup label="Sections" value={sections} options={SECTION_OPTIONS} onChange={setSections} />
      <Toggle
        label="Include my private entries"
        description="Only your own, marked “Private”. Your partner's private entries are never included, nor weekly answers still waiting for both of you."
        isSelected={includeMyPrivate}
        onChange={setIncludeMyPrivate}
      />
      <ExportPreview preview={preview} hasSections={sections.length > 0} rangeProblem={resolved.ok ? null : resolved.message} />
      <div className={styles.actions}>
        <Button variant="primary" onPress={save} isDisabled={!isReady}>
          Save as PDF…
        </Button>
      </div>
      <ExportProgress state={job.state} onCancel={job.cancel} />
    </Section>
  );
}
