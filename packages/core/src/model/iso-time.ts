// ISO-8601 times as callbridge reads them: the same instant on every server and in every store.

/** `YYYY-MM-DD`, or a date-time with seconds optional and a zone (`Z` or `±hh:mm`) required. */
export const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2})))?$/;

/** True when `value` has the {@link ISO_DATE} shape and every field is in range (no 2026-02-30, no 24:00). */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return false;
  if (m[4] === undefined) return true;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  const zoneHour = Number(m[8] ?? 0);
  const zoneMinute = Number(m[9] ?? 0);
  return hour <= 23 && minute <= 59 && second <= 59 && zoneHour <= 23 && zoneMinute <= 59;
}

/** True for a real date-time with its zone (`2026-03-07T10:00:00Z`, `…+01:00`): not a date alone. */
export function isIsoInstant(value: string): boolean {
  return isRealIsoDate(value) && value.length > 10;
}

/** A value passed by {@link isRealIsoDate} as an ISO string in UTC; a date alone is its midnight UTC. */
export function toUtcIso(value: string): string {
  const dateOnly = value.length === 10;
  return new Date(dateOnly ? `${value}T00:00:00Z` : value.replace(' ', 'T')).toISOString();
}
