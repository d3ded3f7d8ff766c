export { ExercisesScreen } from './ExercisesScreen';
