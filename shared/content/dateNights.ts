/** Date-night ideas for the date-night tool: at home ("in") or going out ("out"), each with a rough budget. */

export const DATE_NIGHT_SETTINGS = ['in', 'out'] as const;
export type DateNightSetting = (typeof DATE_NIGHT_SETTINGS)[number];

export const BUDGETS = ['free', 'low', 'moderate'] as const;
export type Budget = (typeof BUDGETS)[number];

export const BUDGET_LABELS: Readonly<Record<Budget, string>> = {
  free: 'Free',
  low: 'Costs a little',
  moderate: 'A small treat',
};

export interface DateNightIdea {
  id: string;
  setting: DateNightSetting;
  title: string;
  /** One line. */
  description: string;
  budget?: Budget;
}

export const DATE_NIGHT_IDEAS: readonly DateNightIdea[] = [
  // At home
  { id: 'candlelit-dinner', setting: 'in', title: 'Candlelit dinner', description: 'Cook something simple, dim the lights, light a candle and eat at the table, not in front of a screen.', budget: 'low' },
  { id: 'cook-a-new-recipe', setting: 'in', title: 'Cook something new together', description: 'Pick a dish neither of you has made before and cook it side by side.', budget: 'low' },
  { id: 'living-room-picnic', setting: 'in', title: 'Living-room picnic', description: 'Spread a blanket on the floor and have a picnic of finger food and favourite snacks.', budget: 'low' },
  { id: 'film-you-chose-together', setting: 'in', title: 'A film you choose together', description: 'Each pick three films, agree on one, make popcorn and keep the phones in another room.', budget: 'free' },
  { id: 'board-game-night', setting: 'in', title: 'Game night', description: 'Dust off a board game or a pack of cards and play best of three.', budget: 'free' },
  { id: 'home-spa', setting: 'in', title: 'Home spa evening', description: 'Warm towels, a bath or a foot soak, and taking turns giving a relaxed hand or shoulder massage.', budget: 'low' },
  { id: 'playlist-swap', setting: 'in', title: 'Playlist swap', description: 'Each make a playlist of songs that remind you of each other, then listen together.', budget: 'free' },
  { id: 'photo-album-night', setting: 'in', title: 'Photo album night', description: 'Look through old photos and tell each other the stories behind them.', budget: 'free' },
  { id: 'stargazing-garden', setting: 'in', title: 'Stargazing from home', description: 'Blankets and hot drinks by a window, on a balcony or in the garden, looking up.', budget: 'free' },
  { id: 'dessert-bake-off', setting: 'in', title: 'Dessert bake-off', description: 'Bake one pudding together, or one each, and share both.', budget: 'low' },
  { id: 'breakfast-for-dinner', setting: 'in', title: 'Breakfast for dinner', description: 'Pancakes, eggs, fruit: the morning treat you never have time for, at dinner time.', budget: 'low' },
  { id: 'learn-a-dance', setting: 'in', title: 'Kitchen dance lesson', description: 'Follow a beginner dance video in the kitchen. Laughing at yourselves is part of it.', budget: 'free' },
  { id: 'read-aloud', setting: 'in', title: 'Read to each other', description: 'Take turns reading a short story or a few poems out loud, curled up together.', budget: 'free' },
  { id: 'build-a-puzzle', setting: 'in', title: 'Jigsaw and music', description: 'Put on a record and work on a jigsaw puzzle together over an evening.', budget: 'low' },
  { id: 'travel-dreaming', setting: 'in', title: 'Dream trip planning', description: 'Plan an imaginary trip: where you would go, what you would eat, what you would see.', budget: 'free' },
  { id: 'taste-test', setting: 'in', title: 'Tasting night', description: 'Try a few kinds of cheese, chocolate, fruit or tea and rank your favourites.', budget: 'low' },
  { id: 'question-cards-night', setting: 'in', title: 'Card night', description: 'Draw a handful of conversation cards from Hearth, or print them, and take turns answering.', budget: 'free' },
  { id: 'make-something', setting: 'in', title: 'Make something together', description: 'Paint, build, plant a window box or fix something, as a two-person team.', budget: 'low' },
  // Going out
  { id: 'first-date-revisited', setting: 'out', title: 'Your first date, again', description: 'Go back to where you had your first date, or somewhere like it, and remember.', budget: 'moderate' },
  { id: 'new-restaurant', setting: 'out', title: 'A new place to eat', description: 'Try a kind of food neither of you has had before.', budget: 'moderate' },
  { id: 'sunset-walk', setting: 'out', title: 'Sunset walk', description: 'Walk somewhere with a view and watch the sun go down, hand in hand if you like.', budget: 'free' },
  { id: 'day-hike', setting: 'out', title: 'A short hike', description: 'Pick an easy trail, pack a snack and take your time.', budget: 'free' },
  { id: 'dance-class', setting: 'out', title: 'A dance class', description: 'Book a beginner class: salsa, swing, ballroom, whatever makes you both smile.', budget: 'moderate' },
  { id: 'cooking-class', setting: 'out', title: 'A cooking class', description: 'Learn a new dish with a teacher, then make it again at home.', budget: 'moderate' },
  { id: 'live-music', setting: 'out', title: 'Live music', description: 'A small gig, a local band, an open-air concert or a choir in a church.', budget: 'low' },
  { id: 'museum-or-gallery', setting: 'out', title: 'Museum or gallery', description: 'Wander at your own pace and each pick the one piece you would take home.', budget: 'low' },
  { id: 'picnic-in-the-park', setting: 'out', title: 'Picnic in the park', description: 'Pack a basket, bring a blanket, and find a quiet spot.', budget: 'low' },
  { id: 'coffee-and-bookshop', setting: 'out', title: 'Coffee and a bookshop', description: 'Browse a bookshop, pick a book for each other, then read the first pages over coffee.', budget: 'low' },
  { id: 'comedy-night', setting: 'out', title: 'Comedy night', description: 'Go and laugh together at a comedy club or a local open-mic night.', budget: 'low' },
  { id: 'market-morning', setting: 'out', title: 'Market morning', description: "Stroll through a farmers' market and buy the makings of tonight's dinner.", budget: 'low' },
  { id: 'tourist-in-your-town', setting: 'out', title: 'Tourists in your own town', description: 'Visit a sight in your own area that you have never got round to seeing.', budget: 'low' },
  { id: 'bike-ride', setting: 'out', title: 'A bike ride', description: 'Ride somewhere pretty at an easy pace, with a stop for something to eat.', budget: 'free' },
  { id: 'swim-or-sauna', setting: 'out', title: 'Swim or sauna', description: 'An evening at a pool, a lido or a sauna, then a warm drink afterwards.', budget: 'low' },
  { id: 'pottery-or-art-class', setting: 'out', title: 'A pottery or painting class', description: 'Make something with your hands, side by side, and keep the wonky results.', budget: 'moderate' },
  { id: 'theatre-or-cinema', setting: 'out', title: 'Theatre or cinema', description: 'See a play or a film, then talk about it over a drink or dessert.', budget: 'moderate' },
  { id: 'volunteer-together', setting: 'out', title: 'Volunteer together', description: 'Spend a few hours helping out somewhere you both care about.', budget: 'free' },
];

export function dateNightsBySetting(setting: DateNightSetting): readonly DateNightIdea[] {
  return DATE_NIGHT_IDEAS.filter((idea) => idea.setting === setting);
}

export function dateNightById(id: string): DateNightIdea | undefined {
  return DATE_NIGHT_IDEAS.find((idea) => idea.id === id);
}
