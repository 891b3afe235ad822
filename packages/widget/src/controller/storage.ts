/** The part of the Web Storage API the widget needs; `localStorage` satisfies it. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A JSON view of a {@link KeyValueStore} that never throws. */
export interface JsonStore {
  read<T>(key: string): T | undefined;
  write(key: string, value: unknown): void;
  remove(key: string): void;
}

/** A store that only lives as long as the page: the fallback when `localStorage` is unusable. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/**
 * The page's `localStorage`, or a memory store when it is missing or blocked (private modes,
 * sandboxed iframes and storage-partitioned third-party contexts throw on access).
 */
export function browserStore(): KeyValueStore {
  try {
    const storage = globalThis.localStorage;
    const probe = '__helpdock_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStore();
  }
}

/**
 * Wraps a store so every key gets `prefix` and values are JSON; a corrupt value reads as missing and
 * a full quota drops the write, so storage trouble can never break the widget.
 *
 * @example
 * const store = jsonStore(browserStore(), 'helpdock:pk_acme_demo:');
 * store.write('drafts', { message: 'Hi' });
 */
export function jsonStore(backend: KeyValueStore, prefix: string): JsonStore {
  return {
    read<T>(key: string): T | undefined {
      try {
        const raw = backend.getItem(prefix + key);
        return raw === null ? undefined : (JSON.parse(raw) as T);
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        backend.setItem(prefix + key, JSON.stringify(value));
      } catch {
        // Quota exceeded or storage revoked: the in-memory state still holds the value.
      }
    },
    remove(key) {
      try {
        backend.removeItem(prefix + key);
      } catch {
        // Same as above: nothing useful to do when storage is gone.
      }
    },
  };
}
