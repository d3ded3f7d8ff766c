/**
 * When to get help, the kinds of help, well-known places to find it, and what to do in an emergency.
 * Hearth never diagnoses: these pages describe signs worth taking seriously and where to turn, nothing more.
 * Every link is https and goes to the organisation's own site (checked by isAllowedExternalUrl before it
 * opens, and only after the person confirms). Only links we are sure of are listed; a home page is used
 * where we could not be certain of a deeper address.
 */

export interface HelpSignal {
  id: string;
  title: string;
  explanation: string;
}

export interface HelpKind {
  id: string;
  title: string;
  description: string;
}

export interface HelpDirectory {
  id: string;
  name: string;
  description: string;
  url: string;
  /** Where it serves, in plain words ("UK", "US", "International"). */
  region: string;
}

export interface EmergencyContact {
  region: string;
  text: string;
  url?: string;
}

export const WHEN_TO_GET_HELP_INTRO =
  'Sometimes, however hard you both try, closeness does not come back on its own. That is not a failure. ' +
  'Some things are simply easier to work through with someone trained to help. These are signs that it ' +
  'may be time to reach out.';

export const HELP_SIGNALS: readonly HelpSignal[] = [
  {
    id: 'lingering-wounds',
    title: 'Wounds that will not heal',
    explanation:
      'An affair, or a deep break in trust, can leave hurt that keeps reopening. Healing from it often needs ' +
      'specialised support and a longer commitment before real closeness is possible again.',
  },
  {
    id: 'mental-health',
    title: 'Struggles with mental health',
    explanation:
      'Depression, anxiety and the after-effects of trauma, such as PTSD, can make closeness of any kind ' +
      'feel very hard. If one of you is struggling and has not had support for it, getting that help matters, ' +
      'for them and for the two of you. A doctor is a good place to start.',
  },
  {
    id: 'different-paths',
    title: 'Wanting different things',
    explanation:
      'Sometimes two people find that what they value most, or what they want from life, pulls them different ways. A ' +
      'counsellor can help you talk about it honestly and kindly, whatever you decide.',
  },
  {
    id: 'feeling-stuck',
    title: 'Feeling stuck despite trying',
    explanation:
      'If you have both been making an effort for a while and nothing seems to shift, a licensed therapist ' +
      'or counsellor can help you see what is getting in the way.',
  },
];

export const HELP_KINDS: readonly HelpKind[] = [
  {
    id: 'couples-therapy',
    title: 'Couples therapy or counselling',
    description:
      'You meet a trained counsellor together, in person or online. They help you talk more openly, ' +
      'understand each other\'s side and find your way back to emotional and physical closeness.',
  },
  {
    id: 'online-programmes',
    title: 'Online programmes and workshops',
    description:
      'Courses you work through at home, or workshops over a day or a weekend. A gentler first step if ' +
      'therapy feels like a lot, with practical tools you can use straight away.',
  },
  {
    id: 'support-groups',
    title: 'Support groups',
    description:
      'Meeting other couples who face similar things. Hearing their stories can bring comfort, new ideas ' +
      'and the relief of knowing you are not the only ones.',
  },
  {
    id: 'individual-therapy',
    title: 'Support for yourself',
    description:
      'Seeing a counsellor on your own can help with your own worries, mood or past, and it is a good ' +
      'start if your partner is not ready to come along.',
  },
];

export const HELP_DIRECTORIES: readonly HelpDirectory[] = [
  {
    id: 'nhs-talking-therapies',
    name: 'NHS Talking Therapies',
    description: 'Free talking therapies on the NHS in England. You can refer yourself, without seeing a GP first.',
    url: 'https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/nhs-talking-therapies/',
    region: 'England',
  },
  {
    id: 'relate',
    name: 'Relate',
    description: 'A UK charity offering relationship counselling for couples and individuals, in person, by phone and online.',
    url: 'https://www.relate.org.uk/',
    region: 'UK',
  },
  {
    id: 'counselling-directory',
    name: 'Counselling Directory',
    description: 'A searchable list of UK counsellors, including many who work with couples.',
    url: 'https://www.counselling-directory.org.uk/',
    region: 'UK',
  },
  {
    id: 'psychology-today-uk',
    name: 'Psychology Today: find a counsellor (UK)',
    description: 'A large directory of UK therapists and counsellors, searchable by place and by the kind of help you want.',
    url: 'https://www.psychologytoday.com/gb/counselling',
    region: 'UK',
  },
  {
    id: 'psychology-today-us',
    name: 'Psychology Today: find a therapist (US)',
    description: 'A large directory of therapists in the United States, searchable by place and by the kind of help you want.',
    url: 'https://www.psychologytoday.com/us/therapists',
    region: 'US',
  },
  {
    id: 'aamft',
    name: 'American Association for Marriage and Family Therapy (AAMFT)',
    description: 'The US professional body for marriage and family therapists. Its site has a therapist locator.',
    url: 'https://www.aamft.org/',
    region: 'US',
  },
  {
    id: 'gottman-referral-network',
    name: 'Gottman Referral Network',
    description: 'A directory of therapists trained in the Gottman Method of couples therapy.',
    url: 'https://www.gottmanreferralnetwork.com/',
    region: 'International',
  },
  {
    id: 'iceeft',
    name: 'ICEEFT (Emotionally Focused Therapy)',
    description:
      'The International Centre for Excellence in Emotionally Focused Therapy. Its site lists therapists trained in EFT for couples.',
    url: 'https://iceeft.com/',
    region: 'International',
  },
  {
    id: 'relationships-australia',
    name: 'Relationships Australia',
    description: 'A not-for-profit offering relationship counselling and courses across Australia.',
    url: 'https://www.relationships.org.au/',
    region: 'Australia',
  },
];

export const EMERGENCY_NOTE = {
  title: 'If someone is in danger',
  body:
    'If you, your partner or anyone else is in danger right now, or you are thinking about harming yourself, ' +
    'please reach out for help straight away. You do not need to be sure, and you do not need to explain ' +
    'everything. Hearth cannot call anyone for you, but these people can help, day and night.',
  contacts: [
    {
      region: 'UK',
      text: 'Call 999 in an emergency. Samaritans answer any time, day or night, on 116 123, free.',
      url: 'https://www.samaritans.org/',
    },
    {
      region: 'US',
      text: 'Call 911 in an emergency. Call or text 988 to reach the 988 Suicide & Crisis Lifeline.',
      url: 'https://988lifeline.org/',
    },
    {
      region: 'Elsewhere',
      text: 'Call your local emergency number. Find A Helpline lists free, confidential support lines in many countries.',
      url: 'https://findahelpline.com/',
    },
  ] as readonly EmergencyContact[],
} as const;

/**
 * The gentle suggestion shown when check-ins show sustained distress (the rule that decides when lives with
 * the check-ins). It describes, never diagnoses, and is easy to put aside.
 */
export const SUPPORT_SUGGESTION = {
  title: 'Some extra support might help',
  body:
    'Your recent check-ins suggest things have felt heavy for a while. That happens to many couples, and ' +
    'it says nothing bad about either of you. Talking to a counsellor, together or on your own, can make a ' +
    'real difference.',
  seeHelpLabel: 'See kinds of help',
  dismissLabel: 'Not now',
} as const;
