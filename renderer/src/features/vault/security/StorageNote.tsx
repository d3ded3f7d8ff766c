/** A calm note, shown only when the browser would not promise to keep Hearth's storage: make a backup. */
import { InlineNotice } from '@renderer/ui/InlineNotice';
import { useVaultControls } from '@renderer/data/session/vaultContext';

export function StorageNote() {
  const { isStoragePersistent } = useVaultControls();
  if (isStoragePersistent !== false) return null;
  return (
    <InlineNotice>
      This computer didn&apos;t promise to keep Hearth&apos;s storage if the disk runs very low. It almost never comes to
      that, but a backup now and then keeps your words safe whatever happens.
    </InlineNotice>
  );
}
