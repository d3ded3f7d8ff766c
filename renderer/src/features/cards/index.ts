export { CardsScreen } from './CardsScreen';
