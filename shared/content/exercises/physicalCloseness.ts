/**
 * Exercises for the physical-closeness pillar. Kept tasteful and non-explicit on purpose: every one of them
 * is about comfort and warmth, taken at the pace of whichever partner wants to go more slowly.
 */
import type { Exercise } from '../exerciseTypes';

/** Said wherever touch is involved. */
const NO_BARGAINING = 'Never hold back affection to make a point, or offer it to get something. Touch is a gift, not a deal.';
const SLOWER_PARTNER = 'Go at the pace of whichever of you wants to go more slowly. Either of you can say "not now" at any time.';

export const PHYSICAL_CLOSENESS_EXERCISES: readonly Exercise[] = [
  {
    id: 'small-gestures',
    pillar: 'physical-closeness',
    title: 'Small gestures',
    summary:
      'Bring touch back in little, easy ways: holding hands, a hug goodnight, a short shoulder rub.',
    whyItHelps:
      'When touch has been missing for a while, starting small takes the pressure off. A few seconds of ' +
      'contact, many times a week, quietly rebuilds comfort and tells your partner "I am glad you are here".',
    steps: [
      'Choose one or two gestures from the list for this week.',
      'Do them when nothing else is expected: while you watch something, when you pass in the kitchen.',
      'Keep them short and light. The point is warmth, not where it might lead.',
      'At the end of the week, tell each other which ones felt nicest.',
    ],
    minutes: 2,
    howOften: 'daily',
    cautions: [
      SLOWER_PARTNER,
      NO_BARGAINING,
      'If a gesture feels uncomfortable for either of you, pick a different one. No need to explain.',
    ],
    tool: 'gestures',
  },
  {
    id: 'planned-affection',
    pillar: 'physical-closeness',
    title: 'Planned affection',
    summary: 'Put cuddle time or a relaxed massage in the diary, the way you would anything else that matters.',
    whyItHelps:
      'Waiting for the right mood can mean waiting for weeks. Planning time for affection does not spoil ' +
      'it. It means affection happens, reliably, and you can both look forward to it.',
    steps: [
      'Agree on a time when you are both unhurried, and put it in the weekly plan.',
      'Make the room comfortable: warm, quiet, the lights low, phones away.',
      'Cuddle while you talk or listen to music, or take turns giving a back or shoulder massage.',
      'Ask what feels good, and say what you like. Nothing else needs to happen.',
      'Afterwards, thank each other.',
    ],
    minutes: 20,
    howOften: 'weekly',
    howOftenNote: 'Once a week to begin with. Add more if you both enjoy it.',
    cautions: [
      'This time has no goal beyond being close. Agree on that before you start.',
      SLOWER_PARTNER,
      NO_BARGAINING,
    ],
  },
  {
    id: 'sensate-focus',
    pillar: 'physical-closeness',
    title: 'Sensate focus',
    summary:
      'A gradual, non-demand touch programme designed by therapists. You take turns giving and receiving touch, stage by stage.',
    whyItHelps:
      'It takes away pressure and expectation. With no goal except noticing how touch feels, both of you ' +
      'can relax. Comfort, trust and, in time, desire have room to come back. Therapists have suggested it ' +
      'to couples for decades.',
    steps: [
      'Read the ground rules and the first stage together.',
      'Plan a private, unhurried time, and agree that nothing beyond the stage you are on will happen.',
      'Take turns: one gives touch for a set time, the other receives and simply notices. Then swap.',
      'Afterwards, share what you noticed and write a note, shared or private.',
      'Stay at each stage for at least two sessions. Move on only when you both feel ready.',
    ],
    minutes: 30,
    howOften: 'few-times-a-week',
    howOftenNote: 'Two or three sessions a week suits most couples.',
    cautions: [
      SLOWER_PARTNER,
      'Either of you can pause or stop a session at any time, with no need to explain.',
      'If old hurts, anxiety or pain keep coming back, stop and talk to a counsellor or sex therapist.',
      NO_BARGAINING,
    ],
    tool: 'sensate-focus',
  },
  {
    id: 'long-hug',
    pillar: 'physical-closeness',
    title: 'The long hug',
    summary: 'Once a day, hug and stay there until you both feel yourselves relax.',
    whyItHelps:
      'A quick hug is a greeting. A long one is a place to rest. Staying a little longer lets the busy day ' +
      'fall away and helps both of you feel settled and safe together.',
    steps: [
      'Pick a moment: coming home, before bed, or after a hard conversation.',
      'Hug, and breathe slowly. Let your shoulders drop.',
      'Stay until one of you feels the other soften. Twenty seconds or so is often enough.',
      'Step back and smile. That is all.',
    ],
    minutes: 1,
    howOften: 'daily',
    cautions: [SLOWER_PARTNER, 'If a long hug feels like too much right now, start with a short one.'],
    tool: 'gestures',
  },
];
