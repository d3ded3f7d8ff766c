/** Which categories to draw from: a group of checkboxes shown as chips, with a quick way back to all of them. */
import { useRef } from 'react';
import { Button } from '@renderer/ui/Button';
import { CheckboxGroup } from '@renderer/ui/CheckboxGroup';
import { CARD_CATEGORIES, CARD_CATEGORY_INFO, type CardCategory } from './cardCategories';
import styles from './CategoryFilter.module.css';

interface CategoryFilterProps {
  value: readonly CardCategory[];
  onChange: (categories: CardCategory[]) => void;
}

const OPTIONS = CARD_CATEGORY_INFO.map((info) => ({ value: info.id, label: info.name }));

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
      <CheckboxGroup
        groupRef={groupRef}
        label="Draw from"
        description="All of them, or only what suits tonight."
        look="chips"
        value={value}
        options={OPTIONS}
        onChange={onChange}
      />
      {isAll ? null : (
        <Button variant="link" onPress={chooseAll}>
          Choose all eight
        </Button>
      )}
    </div>
  );
}
