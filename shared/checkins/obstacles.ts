/** "What's getting in the way?": the weekly check-in's choices, in the order the form shows them. */

export const OBSTACLE_IDS = ['stress', 'parentingFamily', 'notTalking', 'routine', 'health', 'other'] as const;
export type ObstacleId = (typeof OBSTACLE_IDS)[number];

export const OBSTACLE_LABELS: Record<ObstacleId, string> = {
  stress: 'Stress and pressure',
  parentingFamily: 'Parenting and family',
  notTalking: 'Not talking enough',
  routine: 'Stuck in a routine',
  health: 'Health',
  other: 'Something else',
};
