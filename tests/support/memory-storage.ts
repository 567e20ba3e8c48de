export interface MemoryStorageOptions {
  /**
   * How much the storage holds, counted as browsers do: the length of every key and value together
   * (UTF-16 code units). A `setItem` that would go over it throws a `QuotaExceededError`, as a full
   * localStorage does, and changes nothing. Without it, the storage never fills.
   */
  readonly quota?: number;
}

/** A Storage kept in memory, with its contents visible to the test. */
export const memoryStorage = (initial: Record<string, string> = {}, options: MemoryStorageOptions = {}) => {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const key = String(k);
      const value = String(v);
      if (options.quota !== undefined) {
        const before = data.get(key);
        const after =
          used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
        if (after > options.quota)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      data.set(key, value);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  } as Storage;
  return { data, storage };
};
