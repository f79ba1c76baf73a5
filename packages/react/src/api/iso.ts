/** A `Date` as its ISO string; anything else as given. */
export const toIso = <T>(value: T | Date): T | string =>
  value instanceof Date ? value.toISOString() : value;
