/**
 * How a result reads: the main language or languages, and the next ones, honest about ties. Built on
 * primaryAndSecondary (shared/content), which ranks and flags ties; this adds which languages share a
 * place, so "equally" can name them all. Pure, for the screens and their tests.
 */
import { LOVE_LANGUAGE_IDS, loveLanguageById, primaryAndSecondary, type LanguageScores, type LoveLanguageId } from '@shared/content';

export interface ResultView {
  /** The highest-scoring languages: one, or several that tie. */
  main: LoveLanguageId[];
  /** When there is one main language: the next highest (several when they tie). Empty when main ties. */
  next: LoveLanguageId[];
}

function tiedWith(scores: LanguageScores, score: number): LoveLanguageId[] {
  return LOVE_LANGUAGE_IDS.filter((id) => scores[id] === score);
}

/** The result as people read it, or null when nothing was answered. */
export function resultView(scores: LanguageScores): ResultView | null {
  const ranked = primaryAndSecondary(scores);
  if (!ranked) return null;
  if (ranked.isPrimaryTied) return { main: tiedWith(scores, scores[ranked.primary]), next: [] };
  const next = ranked.isSecondaryTied ? tiedWith(scores, scores[ranked.secondary]) : [ranked.secondary];
  return { main: [ranked.primary], next };
}

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function languageNames(ids: readonly LoveLanguageId[]): string {
  return joinWithAnd(ids.map((id) => loveLanguageById(id).name.toLowerCase())).replace(/^./, (first) => first.toUpperCase());
}

/** The languages whose ideas to show for a partner: their main ones, or their main and next when main is single. */
export function languagesToSpeak(view: ResultView): LoveLanguageId[] {
  return view.main.length > 1 ? view.main : [...view.main, ...view.next.slice(0, 1)];
}

/** One plain sentence for a result, for the person ("you") or about their partner (by name). */
export function resultSentence(view: ResultView, who: { isYou: true } | { isYou: false; name: string }): string {
  const subject = who.isYou ? 'you' : who.name;
  if (view.main.length > 1) return `${languageNames(view.main)} matter to ${subject} equally.`;
  const first = `${who.isYou ? 'Your' : `${who.name}'s`} main language is ${languageNames(view.main).toLowerCase()}`;
  if (view.next.length > 1) return `${first}. After that, ${languageNames(view.next).toLowerCase()} matter to ${subject} equally.`;
  return `${first}, and then ${languageNames(view.next).toLowerCase()}.`;
}
