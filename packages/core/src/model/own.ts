// Maps kept as plain JSON objects (tags and agents by name or id) whose keys come from outside
// data: a key such as `__proto__`, `constructor` or `toString` must read and write the object's
// own entry, never what every object inherits.

/** The object's own value under `key`, or undefined. */
export function ownValue<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Sets the object's own `key` to `value` (plain data, even for `__proto__`). */
export function setOwn<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
