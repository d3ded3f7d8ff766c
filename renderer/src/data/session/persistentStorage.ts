/**
 * Asks the browser once to keep Hearth's storage even when the disk runs low. The answer only decides
 * whether Settings › Security suggests a backup; nothing else depends on it.
 */

/** True or false as the browser answered; null when it cannot be asked (or asking failed). */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage): Promise<boolean | null> {
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}
