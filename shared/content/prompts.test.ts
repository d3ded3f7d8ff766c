import { describe, expect, it } from 'vitest';
import { APPRECIATION_PROMPTS, PROMPT_THEMES, PROMPT_THEME_NAMES, promptById, promptForDay } from './prompts';

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();

describe('appreciation prompts', () => {
  it('has at least forty to start from', () => {
    expect(APPRECIATION_PROMPTS.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every prompt a unique, stable-looking id', () => {
    const ids = APPRECIATION_PROMPTS.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has no empty text and no prompt twice', () => {
    for (const prompt of APPRECIATION_PROMPTS) {
      expect(prompt.text.trim().length, prompt.id).toBeGreaterThan(10);
      expect(prompt.text, prompt.id).toBe(prompt.text.trim());
    }
    const texts = APPRECIATION_PROMPTS.map((prompt) => normalise(prompt.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('puts every prompt in a named theme, and every theme has a few prompts', () => {
    for (const theme of PROMPT_THEMES) {
      expect(PROMPT_THEME_NAMES[theme]).toBeTruthy();
      expect(APPRECIATION_PROMPTS.filter((prompt) => prompt.theme === theme).length, theme).toBeGreaterThanOrEqual(4);
    }
    for (const prompt of APPRECIATION_PROMPTS) expect(PROMPT_THEMES).toContain(prompt.theme);
  });

  it('finds a prompt by id', () => {
    const first = APPRECIATION_PROMPTS[0]!;
    expect(promptById(first.id)).toBe(first);
    expect(promptById('no-such-prompt')).toBeUndefined();
  });

  it('suggests the same prompt all day, another the next day, and another again on request', () => {
    expect(promptForDay(20_000)).toBe(promptForDay(20_000));
    expect(promptForDay(20_001)).not.toBe(promptForDay(20_000));
    expect(promptForDay(20_000, 1)).not.toBe(promptForDay(20_000));
    expect(APPRECIATION_PROMPTS).toContain(promptForDay(-3, -5));
  });
});
