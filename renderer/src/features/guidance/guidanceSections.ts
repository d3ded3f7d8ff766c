/**
 * The parts of the Guidance page, in reading order: the table of contents and the sections both read
 * this list, so a section cannot go missing from the contents. Each id is its heading's element id.
 */
import { EMERGENCY_NOTE } from '@shared/content';

export const GUIDANCE_SECTIONS = [
  { id: 'guidance-how-hearth-works', title: 'How Hearth works' },
  { id: 'guidance-why-closeness-fades', title: 'Why closeness fades' },
  { id: 'guidance-pitfalls', title: 'Pitfalls on the way back' },
  { id: 'guidance-when-to-get-help', title: 'When to get help' },
  { id: 'guidance-where-to-find-help', title: 'Where to find help' },
  { id: 'guidance-questions', title: 'Common questions' },
  { id: 'guidance-emergency', title: EMERGENCY_NOTE.title },
  { id: 'guidance-sources', title: 'Sources' },
] as const;

export type GuidanceSectionId = (typeof GUIDANCE_SECTIONS)[number]['id'];

export function sectionTitle(id: GuidanceSectionId): string {
  return GUIDANCE_SECTIONS.find((section) => section.id === id)?.title ?? '';
}

/**
 * Moves to a section the way an in-page link would, without touching the address (the route lives in
 * the hash): scrolls its heading into view and gives it focus, so reading and tabbing go on from there.
 * The scroll follows the page's scroll-behavior, which is instant when reduced motion is asked for.
 */
export function goToSection(id: GuidanceSectionId, doc: Document = document): boolean {
  const heading = doc.getElementById(id);
  if (!heading) return false;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}
