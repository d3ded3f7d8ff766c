/**
 * "Favourite" and "Done together" for one card, as toggle buttons (each says whether it is on). The
 * change is the couple's: the parent saves it and answers whether that worked.
 */
import { ToggleButton } from '@renderer/ui/ToggleButton';
import type { CardStatePayload } from './cardMarks';
import { CheckIcon, HeartIcon } from './cardIcons';
import styles from './MarkToggles.module.css';

export type MarkChange = { isFavourite?: boolean; isDone?: boolean };

interface MarkTogglesProps {
  mark: Pick<CardStatePayload, 'isFavourite' | 'isDone'> | undefined;
  onChange: (change: MarkChange) => void;
  /** Names the card for assistive technology when several cards are listed ("Favourite: What made you laugh…"). */
  cardLabel?: string;
}

export function MarkToggles({ mark, onChange, cardLabel }: MarkTogglesProps) {
  const isFavourite = mark?.isFavourite ?? false;
  const isDone = mark?.isDone ?? false;
  const named = (label: string) => (cardLabel ? `${label}: ${cardLabel}` : undefined);
  return (
    <div className={styles.row}>
      <ToggleButton isSelected={isFavourite} onChange={(next) => onChange({ isFavourite: next })} aria-label={named('Favourite')} icon={<HeartIcon isFilled={isFavourite} />}>
        Favourite
      </ToggleButton>
      <ToggleButton isSelected={isDone} onChange={(next) => onChange({ isDone: next })} aria-label={named('Done together')} icon={<CheckIcon isFilled={isDone} />}>
        Done together
      </ToggleButton>
    </div>
  );
}
