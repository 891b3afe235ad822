/** The part of the Web Storage API the widget needs; `localStorage` satisfies it. */
export interface KeyValueStore {
  /** The value stored under `key`, or `null` when there is none. May throw when storage is blocked. */
  getItem(key: string): string | null;
  /** Stores `value` under `key`. May throw, e.g. when the quota is exceeded. */
  setItem(key: string, value: string): void;
  /** Deletes `key`; nothing happens when it is missing. */
  removeItem(key: string): void;
}

/** A JSON view of a {@link KeyValueStore} that never throws. */
export interface JsonStore {
  /**
   * The parsed value under `key`, or `undefined` when it is missing, not valid JSON or storage is
   * unreadable. `T` is not checked: validate what you read.
   */
  read<T>(key: string): T | undefined;
  /** Stores `value` as JSON under `key`; silently dropped when storage is full or gone. */
  write(key: string, value: unknown): void;
  /** Deletes `key`; storage failures are ignored. */
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

/**
 * Prefix of one tenant's keys in storage: by site key, else by API origin. The bubble and the
 * script-tag loader both read it (the loader looks for a stored conversation before the bubble loads).
 */
export function tenantPrefix(siteKey: string | undefined, apiBase: string): string {
  return `helpdock:${siteKey ?? apiBase}:`;
}
