/** Which categories to draw from: a group of checkboxes shown as chips, with a quick way back to all of them. */
import { useRef } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { CARD_CATEGORIES, CARD_CATEGORY_INFO, isCardCategory, type CardCategory } from './cardCategories';
import styles from './CategoryFilter.module.css';

interface CategoryFilterProps {
  value: readonly CardCategory[];
  onChange: (categories: CardCategory[]) => void;
}

export function CategoryFilter({ value, onChange }: CategoryFilterProps) {
  const groupRef = useRef<HTMLDivElement>(null);
  const isAll = CARD_CATEGORIES.every((category) => value.includes(category));
  // The button goes away once all are chosen, so focus moves to the first category rather than being lost.
  const chooseAll = () => {
    onChange([...CARD_CATEGORIES]);
    groupRef.current?.querySelector('input')?.focus();
  };
  return (
    <div className={styles.wrapper}>
      <CheckboxGroup ref={groupRef} className={styles.group} value={[...value]} onChange={(next) => onChange(next.filter(isCardCategory))}>
        <Label className={styles.label}>Draw from</Label>
        <Text slot="description" className={styles.description}>
          All of them, or only what suits tonight.
        </Text>
        <div className={styles.chips}>
          {CARD_CATEGORY_INFO.map((info) => (
            <Checkbox key={info.id} value={info.id} className={styles.chip}>
              <span className={styles.box} aria-hidden="true" />
              {info.name}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {isAll ? null : (
        <button type="button" className={styles.all} onClick={chooseAll}>
          Choose all eight
        </button>
      )}
    </div>
  );
}
