/** Who speaks in which turn of the talk: the first speaker, then the other partner. */
import type { PartnerSlot } from '@shared/partners';
import { otherSlot } from '../exercisePeople';
import type { ActiveTalk } from '../exercisesStore';

export function speakerOf(talk: ActiveTalk, turn: number): PartnerSlot {
  return turn === 0 ? talk.firstSpeaker : otherSlot(talk.firstSpeaker);
}
