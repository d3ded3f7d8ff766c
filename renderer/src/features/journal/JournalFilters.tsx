/**
 * Finding an entry: "Search your journal", whose entries to show, a month and a tag (each only offered
 * when there is something to choose between), and a way back to everything.
 */
import { Button } from '@renderer/ui/Button';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { SearchField } from '@renderer/ui/SearchField';
import { SelectField } from '@renderer/ui/SelectField';
import type { PartnerSlot } from './appreciation';
import { hasActiveFilters, type AuthorFilter, type JournalFilters as Filters } from './journalView';
import { nameOf, type JournalPeople } from './journalPeople';
import styles from './JournalFilters.module.css';

interface JournalFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  people: JournalPeople;
  me: PartnerSlot;
  months: readonly { key: string; label: string }[];
  tags: readonly string[];
}

export function JournalFilters({ filters, onChange, people, me, months, tags }: JournalFiltersProps) {
  const set = (changes: Partial<Filters>) => onChange({ ...filters, ...changes });
  const hasTwo = Boolean(people.a && people.b);

  return (
    <form role="search" aria-label="Search and filter the journal" className={styles.filters} onSubmit={(event) => event.preventDefault()}>
      <SearchField label="Search your journal" clearLabel="Clear the search" value={filters.query} onChange={(query) => set({ query })} />
      <div className={styles.row}>
        {hasTwo ? (
          <ChoiceCards<AuthorFilter>
            label="Written by"
            look="segments"
            value={filters.author}
            onChange={(author) => set({ author })}
            options={[
              { value: 'both', label: 'Both' },
              ...(['a', 'b'] as const).map((slot) => ({ value: slot, label: nameOf(people, slot, me) })),
            ]}
          />
        ) : null}
        {months.length > 1 ? (
          <SelectField
            label="Month"
            emptyLabel="All months"
            value={filters.month ?? ''}
            onChange={(month) => set({ month: month || null })}
            options={months.map((month) => ({ value: month.key, label: month.label }))}
          />
        ) : null}
        {tags.length > 0 ? (
          <SelectField label="Tag" emptyLabel="All tags" value={filters.tag ?? ''} onChange={(tag) => set({ tag: tag || null })} options={tags.map((tag) => ({ value: tag, label: tag }))} />
        ) : null}
      </div>
      {hasActiveFilters(filters) ? (
        <div>
          <Button onPress={() => onChange({ author: 'both', month: null, tag: null, query: '' })}>Show everything</Button>
        </div>
      ) : null}
    </form>
  );
}
