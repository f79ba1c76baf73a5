/**
 * JSON text of a value with every object's keys sorted, so two values that differ only in key
 * order give the same text. A store that keeps records as JSON documents (Postgres jsonb orders
 * keys by length) can give a value back with its keys in another order than it was written;
 * compared as canonical text, it still compares the same. `undefined` (alone) gives ''.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? '';
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    // A "__proto__" key stays data: defineProperty, not assignment.
    Object.defineProperty(sorted, key, {
      value: (value as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return sorted;
}
