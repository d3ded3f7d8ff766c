/** The choices the Appearance section offers, with the words and small previews shown for each. */
import type { TextSize, ThemeChoice } from '@shared/settings/settings';
import type { ChoiceCardOption } from '@renderer/ui/ChoiceCards';
import styles from './AppearanceSection.module.css';

function ThemeSwatch({ look }: { look: ThemeChoice }) {
  return <span className={`${styles.swatch} ${styles[`swatch-${look}`]}`} />;
}

function SizeSample({ size }: { size: TextSize }) {
  return <span className={`${styles.sample} ${styles[`sample-${size}`]}`}>Aa</span>;
}

export const THEME_OPTIONS: readonly ChoiceCardOption<ThemeChoice>[] = [
  { value: 'system', label: 'System', description: 'Follows your computer', preview: <ThemeSwatch look="system" /> },
  { value: 'light', label: 'Light', description: 'Dark ink on cream', preview: <ThemeSwatch look="light" /> },
  { value: 'dark', label: 'Dark', description: 'Soft light for evenings', preview: <ThemeSwatch look="dark" /> },
];

export const TEXT_SIZE_OPTIONS: readonly ChoiceCardOption<TextSize>[] = [
  { value: 'small', label: 'Small', preview: <SizeSample size="small" /> },
  { value: 'medium', label: 'Medium', preview: <SizeSample size="medium" /> },
  { value: 'large', label: 'Large', preview: <SizeSample size="large" /> },
  { value: 'larger', label: 'Larger', preview: <SizeSample size="larger" /> },
];
