/**
 * Puts the appearance settings on <html> as data attributes, which theme/tokens.css and theme/global.css
 * read: data-theme, data-text-size, data-reduce-motion.
 */
import type { Settings } from '@shared/settings/settings';

/** The part of an element this touches, so a test can pass a plain object. */
export interface DatasetTarget {
  dataset: Record<string, string | undefined>;
}

export function applySettings(root: DatasetTarget, settings: Settings): void {
  root.dataset.theme = settings.theme;
  root.dataset.textSize = settings.textSize;
  root.dataset.reduceMotion = String(settings.reduceMotion);
}
