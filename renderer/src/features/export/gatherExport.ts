/**
 * Reads what an export may hold through each feature's own repository (never Dexie or the cipher), for the
 * chosen range and sections, and applies the privacy rules of exportContent.ts. Sections not chosen are not
 * read at all.
 */
import type { RecordStore } from '@renderer/data';
import { CheckinRepo, type OpenEntry } from '@renderer/features/checkins';
import { ExerciseLogRepo } from '@renderer/features/exercises';
import { AppreciationRepo, type ReadableEntry } from '@renderer/features/journal';
import { AssessmentRepo, TankRepo } from '@renderer/features/loveLanguages';
import { mayPrint, type ExportContent, type ExportOptions, type ExportPeople, type OkSession } from './exportContent';
import { narrowToWritten } from './exportRange';

export class ExportCancelledError extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelledError();
}

export async function gatherExport(store: RecordStore, options: ExportOptions, people: ExportPeople, signal?: AbortSignal): Promise<ExportContent> {
  const { from, to } = options.range;
  const chosen = new Set(options.sections);
  const viewer = people.viewer;
  const content: ExportContent = {
    options,
    people,
    appreciations: [],
    checkins: [],
    sealedCheckins: 0,
    sessions: [],
    love: { results: {}, tanks: [] },
    privateLeftOut: 0,
  };
  const countLeftOut = (items: readonly { author: typeof viewer; space: 'us' | 'private' }[]) => {
    if (!options.includeMyPrivate) content.privateLeftOut += items.filter((item) => item.space === 'private' && item.author === viewer).length;
  };

  if (chosen.has('appreciations')) {
    const entries = (await new AppreciationRepo(store).between(from, to)).filter((entry): entry is ReadableEntry => entry.status === 'ok');
    countLeftOut(entries);
    content.appreciations = entries.filter((entry) => mayPrint(entry, viewer, options.includeMyPrivate)).reverse();
    throwIfCancelled(signal);
  }
  if (chosen.has('checkins')) {
    const entries = await new CheckinRepo(store).between(from, to);
    content.sealedCheckins = entries.filter((entry) => entry.status === 'sealed').length;
    content.checkins = entries
      .filter((entry): entry is OpenEntry => entry.status === 'open')
      .map((entry) => (options.includeMyPrivate && entry.author === viewer ? entry : { ...entry, privateNote: null }))
      .reverse();
    if (!options.includeMyPrivate) content.privateLeftOut += entries.filter((entry) => entry.status === 'open' && entry.privateNote).length;
    throwIfCancelled(signal);
  }
  if (chosen.has('exercises')) {
    const sessions = (await new ExerciseLogRepo(store).sessionsBetween(from, to)).filter((entry): entry is OkSession => entry.status === 'ok');
    content.sessions = sessions
      .map((entry) => (options.includeMyPrivate ? entry : { ...entry, privateReflection: null }))
      .reverse();
    if (!options.includeMyPrivate) content.privateLeftOut += sessions.filter((entry) => entry.privateReflection).length;
    throwIfCancelled(signal);
  }
  if (chosen.has('loveLanguages')) {
    const tanks = await new TankRepo(store).between(from, to);
    countLeftOut(tanks);
    content.love = {
      results: await new AssessmentRepo(store).results(),
      tanks: tanks.filter((tank) => mayPrint(tank, viewer, options.includeMyPrivate)).reverse(),
    };
    throwIfCancelled(signal);
  }
  content.options = { ...options, range: narrowToWritten(options.range, writtenTimes(content)) };
  return content;
}

function writtenTimes(content: ExportContent): number[] {
  return [
    ...content.appreciations.map((entry) => entry.createdAt),
    ...content.checkins.map((entry) => entry.createdAt),
    ...content.sessions.map((entry) => entry.session.startedAt),
    ...content.love.tanks.map((tank) => tank.createdAt),
  ];
}
