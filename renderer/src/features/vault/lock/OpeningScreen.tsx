/** The moment between the page loading and Hearth knowing which screen to show. */
import { Busy } from '../layout/Busy';
import { VaultPage } from '../layout/VaultPage';

export function OpeningScreen() {
  return (
    <VaultPage brand="emblem" title="Hearth">
      <Busy label="Opening your journal…" />
    </VaultPage>
  );
}
