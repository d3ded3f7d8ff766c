/** Reads an averaged point back as words: `Good`, or `Steady to Good` between two points. Never a number. */
import { isScaleValue, wordFor, type ScaleId } from '@shared/checkins';

export function trendWords(scale: ScaleId, value: number | null): string {
  if (value === null) return 'No check-in';
  const low = Math.floor(value);
  const high = Math.ceil(value);
  if (!isScaleValue(low) || !isScaleValue(high)) return 'No check-in';
  return low === high ? wordFor(scale, low) : `${wordFor(scale, low)} to ${wordFor(scale, high)}`;
}
