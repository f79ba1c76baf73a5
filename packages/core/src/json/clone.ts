/** Nesting deeper than this (or a cycle) is left to `structuredClone`. */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

function copy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') {
    // Functions and symbols: let structuredClone throw its DataCloneError.
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return structuredClone(value);
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) if (i in value) out[i] = copy(value[i], depth + 1);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  // A spread copies the own enumerable keys at once, with the source's shape (several times faster
  // than adding the keys one by one), and defines a "__proto__" key as an own property. Only the
  // values that are not primitives are then replaced by their copies.
  const out: Record<string | symbol, unknown> = { ...(value as Record<string, unknown>) };
  // Symbol keys are not data (structuredClone drops them too).
  for (const symbol of Object.getOwnPropertySymbols(out)) delete out[symbol];
  for (const key of Object.keys(out)) {
    const item = out[key];
    if (item !== null && (typeof item === 'object' || typeof item === 'function' || typeof item === 'symbol'))
      out[key] = copy(item, depth + 1);
  }
  return out;
}

/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives), several times faster than
 * `structuredClone` for the small records of the hot path. Anything else inside (Date, Map,
 * typed arrays, class instances) is copied by `structuredClone`, and so is a value nested
 * deeper than 64 levels or holding a cycle.
 */
export function clonePlain<T>(value: T): T {
  try {
    return copy(value, 0) as T;
  } catch (error) {
    if (error instanceof TooDeep) return structuredClone(value);
    throw error;
  }
}

/**
 * Detaches a plain object the caller has just built (such as `{ ...a, ...b }`) from the objects
 * its values came from: every value that is not a primitive is replaced, in place, by its
 * `clonePlain` copy, and symbol keys are dropped. Cheaper than `clonePlain(record)` when the
 * object itself is already new: only its nested values are copied. Returns the same object.
 */
export function detachValues<T extends Record<string, unknown>>(record: T): T {
  const out = record as Record<string | symbol, unknown>;
  for (const symbol of Object.getOwnPropertySymbols(out)) delete out[symbol];
  for (const key of Object.keys(out)) {
    const item = out[key];
    if (item !== null && (typeof item === 'object' || typeof item === 'function' || typeof item === 'symbol'))
      out[key] = clonePlain(item);
  }
  return record;
}
