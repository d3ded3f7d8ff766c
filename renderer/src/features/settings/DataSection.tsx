/** Your data: where to print the journal (the Export place). Backups and other formats join here later. */
import { placePath } from '@shared/routes';
import { ActionLink } from '@renderer/ui/Button';
import { Section } from '@renderer/ui/Section';

export function DataSection() {
  return (
    <Section title="Your data" note="Print any range of your journal as a PDF, with your check-in charts.">
      <div>
        <ActionLink to={placePath('export')} variant="quiet">
          Export to PDF
        </ActionLink>
      </div>
    </Section>
  );
}
