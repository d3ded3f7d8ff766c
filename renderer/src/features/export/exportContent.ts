/**
 * What an export holds once gathered: the chosen range and sections, who is who, and the entries the
 * unlocked partner may print, already filtered by the privacy rules below. The document and the preview
 * read only this, so neither can print something the rules left out.
 *
 * The rules: shared ("Us") entries always; the unlocked partner's own private entries (and private notes and
 * reflections) only when they tick the box; the other partner's private entries never (the data core never
 * opens them; `mayPrint` refuses them again); a sealed weekly check-in answer never (it arrives sealed from
 * the check-ins' reveal rule, and only its count is kept).
 */
import type { OpenEntry } from '@renderer/features/checkins';
import type { SessionEntry } from '@renderer/features/exercises';
import type { ReadableEntry } from '@renderer/features/journal';
import type { ResultsByPartner, TankEntry } from '@renderer/features/loveLanguages';
import type { PartnerSlot, Space } from '@shared/partners';
import type { ExportRange } from './exportRange';

export const SECTION_IDS = ['appreciations', 'checkins', 'exercises', 'loveLanguages'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  appreciations: 'Appreciations',
  checkins: 'Check-ins and trends',
  exercises: 'Exercise log and practice calendar',
  loveLanguages: 'Love languages',
};

export interface ExportOptions {
  range: ExportRange;
  sections: readonly SectionId[];
  /** The unlocked partner's own private entries, notes and reflections; never the other partner's. */
  includeMyPrivate: boolean;
}

export interface ExportPeople {
  viewer: PartnerSlot;
  /** Each partner's name; the second partner may not have joined yet. */
  names: Partial<Record<PartnerSlot, string>>;
}

export type OkSession = Extract<SessionEntry, { status: 'ok' }>;

export interface ExportContent {
  options: ExportOptions;
  people: ExportPeople;
  /** Oldest first, in every list. */
  appreciations: ReadableEntry[];
  checkins: OpenEntry[];
  /** The partner's weekly answers still sealed in the range: counted, never printed. */
  sealedCheckins: number;
  sessions: OkSession[];
  love: { results: ResultsByPartner; tanks: TankEntry[] };
  /** Own private entries in the range left out because the box was not ticked (for the preview). */
  privateLeftOut: number;
}

/** Whether a record may go into this partner's export. */
export function mayPrint(record: { author: PartnerSlot; space: Space }, viewer: PartnerSlot, includeMyPrivate: boolean): boolean {
  if (record.space === 'us') return true;
  return record.author === viewer && includeMyPrivate;
}

/** How many items each chosen section holds, for the preview. */
export function sectionCounts(content: ExportContent): Record<SectionId, number> {
  const results = Object.values(content.love.results).length;
  return {
    appreciations: content.appreciations.length,
    checkins: content.checkins.length,
    exercises: content.sessions.length,
    loveLanguages: results + content.love.tanks.length,
  };
}

/** A person's name in the export: their own, or a plain word while it is missing. */
export function nameOf(people: ExportPeople, partner: PartnerSlot): string {
  return people.names[partner] ?? (partner === people.viewer ? 'You' : 'Your partner');
}

/** Both names for the cover and the running header: "Ada & Bo", or one name. */
export function coupleName(people: ExportPeople): string {
  const names = (['a', 'b'] as const).flatMap((slot) => (people.names[slot] ? [people.names[slot]] : []));
  return names.join(' & ');
}
