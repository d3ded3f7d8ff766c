import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings/settings';
import { applySettings, type DatasetTarget } from './applySettings';

describe('applySettings', () => {
  it('writes the defaults as data attributes the theme reads', () => {
    const root: DatasetTarget = { dataset: {} };
    applySettings(root, DEFAULT_SETTINGS);
    expect(root.dataset).toEqual({ theme: 'system', textSize: 'medium', reduceMotion: 'false' });
  });

  it('replaces earlier values', () => {
    const root: DatasetTarget = { dataset: { theme: 'light', textSize: 'small', reduceMotion: 'false' } };
    applySettings(root, { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'larger', reduceMotion: true });
    expect(root.dataset).toEqual({ theme: 'dark', textSize: 'larger', reduceMotion: 'true' });
  });
});
