/**
 * The steps of the first run, as a pure reducer: welcome, who is here, a passphrase for each partner who is
 * here now, sealing (the keys are made), then each partner's recovery key, once. Passphrases are held only
 * until sealing starts and dropped from the state as soon as it ends.
 */
import type { PartnerProfile } from '@renderer/data/service/profileRepo';
import type { PartnerSlot } from '@renderer/data/storage/storedRecord';

export type FirstRunStep =
  | { kind: 'welcome' }
  | { kind: 'who' }
  | { kind: 'passphrase'; partner: PartnerSlot }
  | { kind: 'sealing' }
  | { kind: 'recovery'; partner: PartnerSlot }
  | { kind: 'done' };

export interface People {
  a: PartnerProfile;
  b?: PartnerProfile;
}

export interface FirstRunState {
  step: FirstRunStep;
  people: People | null;
  passphrases: Partial<Record<PartnerSlot, string>>;
  recoveryKeys: { a: string; b?: string } | null;
  /** Set when sealing failed; the last passphrase step says so. */
  didSealFail: boolean;
}

export type FirstRunEvent =
  | { type: 'begin' }
  | { type: 'people-chosen'; people: People }
  | { type: 'passphrase-chosen'; partner: PartnerSlot; passphrase: string }
  | { type: 'back' }
  | { type: 'sealed'; recoveryKeys: { a: string; b?: string } }
  | { type: 'seal-failed' }
  | { type: 'key-kept'; partner: PartnerSlot };

export const initialFirstRun: FirstRunState = { step: { kind: 'welcome' }, people: null, passphrases: {}, recoveryKeys: null, didSealFail: false };

export function firstRunReducer(state: FirstRunState, event: FirstRunEvent): FirstRunState {
  switch (event.type) {
    case 'begin':
      return { ...state, step: { kind: 'who' } };
    case 'people-chosen':
      return { ...state, people: event.people, passphrases: {}, step: { kind: 'passphrase', partner: 'a' } };
    case 'passphrase-chosen': {
      const passphrases = { ...state.passphrases, [event.partner]: event.passphrase };
      const needsB = event.partner === 'a' && state.people?.b !== undefined;
      return { ...state, passphrases, didSealFail: false, step: needsB ? { kind: 'passphrase', partner: 'b' } : { kind: 'sealing' } };
    }
    case 'back':
      return { ...state, ...stepBack(state.step), didSealFail: false };
    case 'sealed':
      return { ...state, passphrases: {}, recoveryKeys: event.recoveryKeys, step: { kind: 'recovery', partner: 'a' } };
    case 'seal-failed': {
      const last: PartnerSlot = state.people?.b ? 'b' : 'a';
      const { [last]: _dropped, ...kept } = state.passphrases;
      return { ...state, passphrases: kept, didSealFail: true, step: { kind: 'passphrase', partner: last } };
    }
    case 'key-kept': {
      const next = event.partner === 'a' && state.recoveryKeys?.b ? { kind: 'recovery' as const, partner: 'b' as const } : { kind: 'done' as const };
      return { ...state, step: next };
    }
  }
}

function stepBack(step: FirstRunStep): Pick<FirstRunState, 'step'> & Partial<FirstRunState> {
  if (step.kind === 'who') return { step: { kind: 'welcome' } };
  if (step.kind === 'passphrase' && step.partner === 'a') return { step: { kind: 'who' }, passphrases: {} };
  if (step.kind === 'passphrase') return { step: { kind: 'passphrase', partner: 'a' }, passphrases: {} };
  return { step };
}

/** "Step 2 of 3"-style progress, or null on the welcome; sealing and the recovery keys are the last step. */
export function stepNumber(step: FirstRunStep, hasPartner: boolean): { current: number; total: number } | null {
  const total = hasPartner ? 4 : 3;
  switch (step.kind) {
    case 'welcome':
      return null;
    case 'who':
      return { current: 1, total };
    case 'passphrase':
      return { current: step.partner === 'a' ? 2 : 3, total };
    case 'sealing':
    case 'recovery':
    case 'done':
      return { current: total, total };
  }
}
