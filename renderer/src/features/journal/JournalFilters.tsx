/**
 * Finding an entry: "Search your journal", whose entries to show, a month and a tag (each only offered
 * when there is something to choose between), and a way back to everything.
 */
import { useId } from 'react';
import { Button as AriaButton, Input, Label, Radio, RadioGroup, SearchField } from 'react-aria-components';
import { Button } from '@renderer/ui/Button';
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
  const monthId = useId();
  const tagId = useId();
  const set = (changes: Partial<Filters>) => onChange({ ...filters, ...changes });
  const hasTwo = Boolean(people.a && people.b);

  return (
    <form role="search" aria-label="Search and filter the journal" className={styles.filters} onSubmit={(event) => event.preventDefault()}>
      <SearchField className={styles.search} value={filters.query} onChange={(query) => set({ query })}>
        <Label className={styles.label}>Search your journal</Label>
        <div className={styles.searchBox}>
          <Input className={styles.searchInput} dir="auto" />
          <AriaButton className={styles.clearSearch} aria-label="Clear the search">
            <span aria-hidden="true">×</span>
          </AriaButton>
        </div>
      </SearchField>
      <div className={styles.row}>
        {hasTwo ? (
          <RadioGroup
            className={styles.authors}
            orientation="horizontal"
            value={filters.author}
            onChange={(author) => set({ author: author as AuthorFilter })}
          >
            <Label className={styles.label}>Written by</Label>
            <div className={styles.segments}>
              <Radio className={styles.segment} value="both">
                Both
              </Radio>
              {(['a', 'b'] as const).map((slot) => (
                <Radio key={slot} className={styles.segment} value={slot}>
                  {nameOf(people, slot, me)}
                </Radio>
              ))}
            </div>
          </RadioGroup>
        ) : null}
        {months.length > 1 ? (
          <div className={styles.select}>
            <label className={styles.label} htmlFor={monthId}>
              Month
            </label>
            <select id={monthId} className={styles.control} value={filters.month ?? ''} onChange={(event) => set({ month: event.target.value || null })}>
              <option value="">All months</option>
              {months.map((month) => (
                <option key={month.key} value={month.key}>
                  {month.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {tags.length > 0 ? (
          <div className={styles.select}>
            <label className={styles.label} htmlFor={tagId}>
              Tag
            </label>
            <select id={tagId} className={styles.control} value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value || null })}>
              <option value="">All tags</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </div>
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
