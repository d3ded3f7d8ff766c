/**
 * The exercise library: every exercise, in pillar order, with small look-ups. The exercises themselves are
 * written one pillar per file in exercises/.
 */
import type { Exercise, ToolId } from './exerciseTypes';
import type { PillarId } from './pillars';
import { COMMUNICATION_EXERCISES } from './exercises/communication';
import { EMOTIONAL_CONNECTION_EXERCISES } from './exercises/emotionalConnection';
import { PHYSICAL_CLOSENESS_EXERCISES } from './exercises/physicalCloseness';
import { PROFESSIONAL_HELP_EXERCISES } from './exercises/professionalHelp';
import { QUALITY_TIME_EXERCISES } from './exercises/qualityTime';

export const EXERCISES: readonly Exercise[] = [
  ...COMMUNICATION_EXERCISES,
  ...EMOTIONAL_CONNECTION_EXERCISES,
  ...PHYSICAL_CLOSENESS_EXERCISES,
  ...QUALITY_TIME_EXERCISES,
  ...PROFESSIONAL_HELP_EXERCISES,
];

/** The three exercises the guide suggests doing at home, in its order. */
export const HOME_EXERCISE_IDS = ['twenty-minute-talk', 'daily-appreciation', 'sensate-focus'] as const;

export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}

export function exercisesForPillar(pillar: PillarId): readonly Exercise[] {
  return EXERCISES.filter((e) => e.pillar === pillar);
}

export function exercisesForTool(tool: ToolId): readonly Exercise[] {
  return EXERCISES.filter((e) => e.tool === tool);
}
