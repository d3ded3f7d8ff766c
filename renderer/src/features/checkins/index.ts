export { CheckinsScreen } from './CheckinsScreen';
