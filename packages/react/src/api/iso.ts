/** A `Date` as its ISO string, null when it is invalid (`new Date('')`); anything else as given. */
export const toIso = <T>(value: T | Date): T | string | null =>
  value instanceof Date ? (value.toJSON() as string | null) : value;
