/**
 * The answers a person gives in the form, before they are filed under a day or week: the form's state, the
 * draft's value, and what the repository saves. Scales may still be unchosen while the form is open.
 */
import { z } from 'zod';
import {
  CHECKIN_TEXT_MAX,
  OBSTACLE_IDS,
  OTHER_OBSTACLE_MAX,
  SCALE_IDS,
  SCALE_VALUES,
  type ObstacleId,
  type ScaleAnswers,
  type ScaleId,
  type ScaleValue,
} from '@shared/checkins';
import type { OpenEntry } from './checkinEntry';

export type CheckinKind = 'quick' | 'weekly';

export interface CheckinAnswers {
  type: CheckinKind;
  scales: Partial<Record<ScaleId, ScaleValue>>;
  howAreYou: string;
  isBothered: boolean;
  botheringNote: string;
  isNotePrivate: boolean;
  /** Weekly only; ignored for a quick check-in. */
  obstacles: ObstacleId[];
  otherObstacle: string;
  whatWouldHelp: string;
}

export type CompleteAnswers = CheckinAnswers & { scales: ScaleAnswers };

export function emptyAnswers(type: CheckinKind): CheckinAnswers {
  return {
    type,
    scales: {},
    howAreYou: '',
    isBothered: false,
    botheringNote: '',
    isNotePrivate: false,
    obstacles: [],
    otherObstacle: '',
    whatWouldHelp: '',
  };
}

/** The scales still to choose, in the form's order. */
export function missingScales(answers: CheckinAnswers): ScaleId[] {
  return SCALE_IDS.filter((id) => answers.scales[id] === undefined);
}

export function isComplete(answers: CheckinAnswers): answers is CompleteAnswers {
  return missingScales(answers).length === 0;
}

/** The answers of a saved check-in, to edit it. */
export function answersFromEntry(entry: OpenEntry): CheckinAnswers {
  const { checkin } = entry;
  const weekly = checkin.type === 'weekly' ? checkin : null;
  return {
    type: checkin.type,
    scales: { ...checkin.scales },
    howAreYou: checkin.howAreYou,
    isBothered: checkin.bothering.isBothered,
    botheringNote: entry.privateNote ?? checkin.bothering.note,
    isNotePrivate: entry.privateNote !== null,
    obstacles: weekly ? [...weekly.obstacles] : [],
    otherObstacle: weekly?.otherObstacle ?? '',
    whatWouldHelp: weekly?.whatWouldHelp ?? '',
  };
}

const answersSchema = z.object({
  type: z.enum(['quick', 'weekly']),
  scales: z.partialRecord(z.enum(SCALE_IDS), z.literal(SCALE_VALUES)),
  howAreYou: z.string().max(CHECKIN_TEXT_MAX),
  isBothered: z.boolean(),
  botheringNote: z.string().max(CHECKIN_TEXT_MAX),
  isNotePrivate: z.boolean(),
  obstacles: z.array(z.enum(OBSTACLE_IDS)),
  otherObstacle: z.string().max(OTHER_OBSTACLE_MAX),
  whatWouldHelp: z.string().max(CHECKIN_TEXT_MAX),
});

/** A draft read back from the vault, if it still has the shape of a check-in of this kind. */
export function answersFromDraft(value: unknown, type: CheckinKind): CheckinAnswers | null {
  const parsed = answersSchema.safeParse(value);
  return parsed.success && parsed.data.type === type ? parsed.data : null;
}
