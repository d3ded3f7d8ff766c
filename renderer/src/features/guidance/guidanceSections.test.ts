import { describe, expect, it } from 'vitest';
import { GUIDANCE_SECTIONS, goToSection, sectionTitle } from './guidanceSections';

describe('the Guidance sections', () => {
  it('have unique ids and titles', () => {
    expect(new Set(GUIDANCE_SECTIONS.map((s) => s.id)).size).toBe(GUIDANCE_SECTIONS.length);
    expect(new Set(GUIDANCE_SECTIONS.map((s) => s.title)).size).toBe(GUIDANCE_SECTIONS.length);
  });

  it.each(GUIDANCE_SECTIONS.map((s) => ({ ...s })))('$id is titled "$title"', ({ id, title }) => {
    expect(sectionTitle(id)).toBe(title);
  });

  it('scrolls to a heading and focuses it, without scrolling twice', () => {
    const calls: string[] = [];
    const heading = {
      scrollIntoView: (options: ScrollIntoViewOptions) => calls.push(`scroll ${options.block}`),
      focus: (options: FocusOptions) => calls.push(`focus ${options.preventScroll ? 'still' : 'moving'}`),
    };
    const doc = { getElementById: (id: string) => (id === 'guidance-questions' ? heading : null) } as unknown as Document;
    expect(goToSection('guidance-questions', doc)).toBe(true);
    expect(calls).toEqual(['scroll start', 'focus still']);
    expect(goToSection('guidance-sources', doc)).toBe(false);
  });
});
