/**
 * Sensate focus as a staged programme: the stages, the ground rules, and the one rule that paces it (a stage
 * opens only when both partners say they are ready after enough sessions at the stage before). Written to be
 * tasteful and non-explicit. The gate is a pure function here so screens and tests agree on it; who marked
 * themselves ready and how many sessions were logged are stored elsewhere.
 */

/** Sessions both partners need at a stage before the next one can open. */
export const SESSIONS_BEFORE_NEXT_STAGE = 2;

/** Partners who must mark themselves ready: both of them, always. */
export const PARTNERS_WHO_MUST_BE_READY = 2;

export interface SensateFocusStage {
  /** 1-based and stable: logs refer to it. */
  number: number;
  title: string;
  summary: string;
  whatToDo: readonly string[];
  /** A typical session, in minutes, for both turns together. */
  minutes: number;
  whatToNotice: readonly string[];
  /** "You're ready to move on when…" */
  readyToMoveOnWhen: readonly string[];
}

export const SENSATE_FOCUS_ABOUT =
  'Sensate focus is a gentle touch programme that sex therapists designed to help couples feel at ease ' +
  'with each other again. It was first described by the researchers William Masters and Virginia Johnson, ' +
  'and therapists still suggest it today. You move through a few stages, slowly. At every stage the only ' +
  'aim is to notice what touch feels like. There is nothing to achieve and nothing to perform.';

export const SENSATE_FOCUS_GROUND_RULES: readonly string[] = [
  'Choose a private, unhurried time when you will not be disturbed. Phones off.',
  'Agree beforehand that nothing will happen beyond the stage you are on.',
  'Take turns. The one giving touch explores out of curiosity. The one receiving just notices.',
  'Either of you can pause or stop at any moment, with no need to explain. Agree on a word for it.',
  'If you drift into thinking or worrying, gently bring your attention back to the feeling of touch.',
  'Talk afterwards about what you noticed, kindly and without judging.',
  'Move on only when you have both had enough sessions and both feel ready. The slower pace sets the pace.',
];

export const SENSATE_FOCUS_STAGES: readonly SensateFocusStage[] = [
  {
    number: 1,
    title: 'Gentle touch, taking turns',
    summary: 'Clothes on. One gives, one receives, then you swap. Hands, arms, shoulders, back and face.',
    whatToDo: [
      'Sit or lie down comfortably, fully clothed.',
      'The giver touches the receiver slowly and lightly: hands, arms, shoulders, back, face and hair.',
      'The more private parts of the body are left out at this stage.',
      'After about ten minutes, swap roles.',
      'The receiver stays quiet unless something is uncomfortable, and then says so.',
    ],
    minutes: 20,
    whatToNotice: [
      'Temperature, pressure and texture: warm or cool, firm or light, smooth or rough.',
      'Which kinds of touch you like, and which you would rather skip.',
      'How it feels to receive without giving anything back, and to give without expecting anything.',
    ],
    readyToMoveOnWhen: [
      'You both look forward to the sessions, or at least feel calm about them.',
      'You can stay with the feeling of touch without worrying about what comes next.',
      'You have had at least two sessions together at this stage.',
    ],
  },
  {
    number: 2,
    title: 'More skin, more of the body',
    summary: 'Touch across the whole body, with less clothing if you both like, still leaving out the most private areas.',
    whatToDo: [
      'Wear whatever feels comfortable. Less clothing if you both wish, but it is never required.',
      'The giver explores more of the body: legs, feet, the back of the neck, the stomach.',
      'The most private areas are still left out.',
      'If you like, use a little lotion or oil.',
      'The receiver may rest a hand on the giver\'s hand to show the pressure or pace they enjoy.',
      'Swap roles halfway.',
    ],
    minutes: 30,
    whatToNotice: [
      'How different parts of the body respond to the same touch.',
      'Any moments of tension, and what helps you relax again.',
      'What it is like to guide, or be guided by, your partner\'s hand.',
    ],
    readyToMoveOnWhen: [
      'Being seen and touched this way feels comfortable for both of you.',
      'You can say what you like, and hear what your partner likes, without embarrassment.',
      'You have had at least two sessions together at this stage.',
    ],
  },
  {
    number: 3,
    title: 'Including more of the body',
    summary: 'Touch that includes more of the body, still without any goal of sex.',
    whatToDo: [
      'Begin with the touch from the earlier stages, so you both settle in.',
      'When it feels right, the giver may include more of the body, briefly and gently.',
      'Keep returning to the rest of the body. No single place is the focus.',
      'Sex is still off the table. Agree on that again before you begin.',
      'Swap roles halfway.',
    ],
    minutes: 30,
    whatToNotice: [
      'Whether anything changes in how you feel when touch becomes more personal.',
      'Any pull toward a goal, and letting it go again.',
      'What helps you feel safe and close.',
    ],
    readyToMoveOnWhen: [
      'This touch feels relaxed and welcome for both of you.',
      'Neither of you feels pressure to go further.',
      'You have had at least two sessions together at this stage.',
    ],
  },
  {
    number: 4,
    title: 'Touching together',
    summary: 'Instead of taking turns, you touch each other at the same time, still with no goal.',
    whatToDo: [
      'Start with a few minutes of taking turns, as before.',
      'Then touch each other at the same time, slowly.',
      'Keep the focus on what you feel rather than on what your partner is feeling.',
      'If either of you feels rushed, go back to taking turns.',
    ],
    minutes: 30,
    whatToNotice: [
      'What it is like to give and receive at once.',
      'Whether you can stay with your own sensations instead of watching your partner\'s.',
      'The closeness of the moment itself.',
    ],
    readyToMoveOnWhen: [
      'Touching together feels easy and enjoyable for both of you.',
      'You trust each other to say "slower" or "stop" and be heard.',
      'You have had at least two sessions together at this stage.',
    ],
  },
  {
    number: 5,
    title: 'Bringing in intimacy, when you both want to',
    summary: 'Bringing in intimate touch, only when you both want to. The habits of the earlier stages come with you.',
    whatToDo: [
      'Begin as in the earlier stages, with unhurried touch.',
      'If, and only if, you both want to, you may let things become more intimate.',
      'Keep the same habits: go slowly, notice, speak up, and pause whenever either of you wishes.',
      'You can always go back to an earlier stage. That is part of the programme, not a step back.',
    ],
    minutes: 45,
    whatToNotice: [
      'How the calm and trust you have built feel now.',
      'What you each enjoy, and what you would like more of.',
    ],
    readyToMoveOnWhen: [
      'This is the last stage. Come back to any earlier stage whenever you like.',
    ],
  },
];

/** What the programme knows about one stage: sessions logged there and how many partners marked themselves ready. */
export interface StageRecord {
  sessions: number;
  /** How many of the two partners have marked themselves ready to move on from this stage (0 to 2). */
  partnersReady: number;
}

export type StageGate =
  | { isOpen: true }
  | { isOpen: false; blockedAt: number; sessionsStillNeeded: number; isWaitingForReadiness: boolean };

/**
 * Whether stage `target` may be opened, given records for the stages so far (index 0 holds stage 1).
 * Stage 1 is always open. Stage n opens only when every earlier stage would open and stage n-1 has at
 * least SESSIONS_BEFORE_NEXT_STAGE sessions and both partners ready. A missing record counts as nothing done.
 */
export function stageGate(target: number, records: readonly StageRecord[]): StageGate {
  if (!Number.isInteger(target) || target < 1 || target > SENSATE_FOCUS_STAGES.length) {
    throw new RangeError(`No sensate focus stage ${target}`);
  }
  for (let stage = 1; stage < target; stage += 1) {
    const record = records[stage - 1] ?? { sessions: 0, partnersReady: 0 };
    const sessionsStillNeeded = Math.max(0, SESSIONS_BEFORE_NEXT_STAGE - record.sessions);
    const isWaitingForReadiness = record.partnersReady < PARTNERS_WHO_MUST_BE_READY;
    if (sessionsStillNeeded > 0 || isWaitingForReadiness) {
      return { isOpen: false, blockedAt: stage, sessionsStillNeeded, isWaitingForReadiness };
    }
  }
  return { isOpen: true };
}

/** The highest stage the couple may use now (at least 1). */
export function highestOpenStage(records: readonly StageRecord[]): number {
  let highest = 1;
  while (highest < SENSATE_FOCUS_STAGES.length && stageGate(highest + 1, records).isOpen) highest += 1;
  return highest;
}

/** Shown when someone tries to open a stage that is not open yet. */
export const SKIP_AHEAD_EXPLANATION = {
  title: "Let's stay here a little longer",
  body:
    'Sensate focus works because nobody is hurried. A new stage opens once you have had at least two ' +
    'sessions at the stage before, and you have both said you are ready. That way you always move at the ' +
    'pace of whichever of you would like to go more slowly. Going gently is what makes it feel safe, and ' +
    'safety is what lets closeness grow.',
} as const;

/** The reasons behind a closed gate, in plain words, without saying which partner is not ready yet. */
export function skipAheadReasons(gate: StageGate): readonly string[] {
  if (gate.isOpen) return [];
  const reasons: string[] = [];
  if (gate.sessionsStillNeeded > 0) {
    const sessions = gate.sessionsStillNeeded === 1 ? 'one more session' : `${gate.sessionsStillNeeded} more sessions`;
    reasons.push(`Stage ${gate.blockedAt} needs ${sessions} first.`);
  }
  if (gate.isWaitingForReadiness) {
    reasons.push(`You both need to mark yourselves ready at stage ${gate.blockedAt}. There is no rush.`);
  }
  return reasons;
}
