/** "Cards to print": the conversation deck as sheets to cut out, by category. */
import { useState } from 'react';
import { CARD_CATEGORY_INFO, cardsInCategory, type CardCategory } from '@shared/content';
import { Button } from '@renderer/ui/Button';
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup';
import { Section } from '@renderer/ui/Section';
import { buildCardDeckDocument, sheetsOf } from './document/cardDeckDocument';
import { ExportProgress } from './ExportProgress';
import styles from './ExportScreen.module.css';
import { useExportJob } from './useExportJob';

const CATEGORY_OPTIONS = CARD_CATEGORY_INFO.map((category) => ({ value: category.id, label: category.name }));

export function CardDeckSection() {
  const [categories, setCategories] = useState<CardCategory[]>(CARD_CATEGORY_INFO.map((category) => category.id));
  const job = useExportJob();
  const cards = categories.reduce((count, category) => count + cardsInCategory(category).length, 0);
  const sheets = categories.reduce((count, category) => count + sheetsOf(cardsInCategory(category)).length, 0);

  const save = () =>
    void job.start({ kind: 'cards', suggestedName: 'Hearth cards.pdf', build: (chunking) => buildCardDeckDocument(categories, chunking) });

  return (
    <Section title="Cards to print" note="The conversation cards, eight to a sheet with marks to cut along. Each card reads the right way up from both sides of the table.">
      <CheckboxGroup label="Categories" value={categories} options={CATEGORY_OPTIONS} onChange={setCategories} look="chips" />
      <p className={styles.muted} aria-live="polite">
        {cards === 0 ? 'Choose at least one category.' : `${cards} cards on ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'} of A4. Print at actual size.`}
      </p>
      <div className={styles.actions}>
        <Button variant="primary" onPress={save} isDisabled={cards === 0 || job.isRunning}>
          Save the cards as PDF…
        </Button>
      </div>
      <ExportProgress state={job.state} onCancel={job.cancel} savedText="Saved. Print it at actual size (100%), then cut along the marks." />
    </Section>
  );
}
