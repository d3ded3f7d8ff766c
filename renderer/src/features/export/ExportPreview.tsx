/** What the PDF will hold, before saving: the days it covers and a count for each chosen section. */
import { useId } from 'react';
import { countText } from './document/journalDocument';
import { sectionCounts, SECTION_TITLES } from './exportContent';
import { rangeLabel } from './exportRange';
import styles from './ExportScreen.module.css';
import type { PreviewState } from './useExportPreview';

interface ExportPreviewProps {
  preview: PreviewState;
  hasSections: boolean;
  rangeProblem: string | null;
}

export function ExportPreview({ preview, hasSections, rangeProblem }: ExportPreviewProps) {
  const headingId = useId();
  return (
    <section className={styles.preview} aria-labelledby={headingId} aria-busy={preview.status === 'loading'}>
      <h3 id={headingId} className={styles.previewTitle}>
        What the PDF will hold
      </h3>
      <PreviewBody preview={preview} hasSections={hasSections} rangeProblem={rangeProblem} />
    </section>
  );
}

function PreviewBody({ preview, hasSections, rangeProblem }: ExportPreviewProps) {
  if (!hasSections) return <p className={styles.muted}>Choose at least one section.</p>;
  if (rangeProblem) return <p className={styles.muted}>{rangeProblem}</p>;
  if (preview.status === 'failed') return <p className={styles.problem}>Your entries could not be read just now. Change a choice to try again.</p>;
  if (preview.status !== 'ready') return <p className={styles.muted}>Looking through your journal…</p>;
  const { content } = preview;
  const counts = sectionCounts(content);
  return (
    <>
      <p>
        <span className={styles.muted}>Days: </span>
        {rangeLabel(content.options.range)}
      </p>
      <dl className={styles.counts}>
        {content.options.sections.map((section) => (
          <div key={section} className={styles.count}>
            <dt>{SECTION_TITLES[section]}</dt>
            <dd>{countText(section, counts[section])}</dd>
          </div>
        ))}
      </dl>
      {content.privateLeftOut > 0 ? (
        <p className={styles.muted}>
          {content.privateLeftOut} private {content.privateLeftOut === 1 ? 'entry' : 'entries'} of yours {content.privateLeftOut === 1 ? 'is' : 'are'} left out.
        </p>
      ) : null}
      {content.sealedCheckins > 0 ? (
        <p className={styles.muted}>
          {content.sealedCheckins} weekly {content.sealedCheckins === 1 ? 'answer waits' : 'answers wait'} for both of you, so{' '}
          {content.sealedCheckins === 1 ? 'it is' : 'they are'} not included.
        </p>
      ) : null}
    </>
  );
}
