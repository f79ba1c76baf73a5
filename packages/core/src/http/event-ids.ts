/** True for an event log id: decimal digits, no sign. */
export function isEventId(value: string): boolean {
  return /^\d{1,30}$/.test(value);
}

/** Orders two decimal event ids numerically (without losing digits past 2^53). */
export function compareEventIds(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
