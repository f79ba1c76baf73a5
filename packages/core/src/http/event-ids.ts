/** True for an event log id: decimal digits, no sign. */
export function isEventId(value: string): boolean {
  return /^\d{1,30}$/.test(value);
}

/**
 * Orders two decimal event ids numerically (without losing digits past 2^53). Called once per
 * stream per event during fan-out, so ids without leading zeros take an allocation-free path.
 */
export function compareEventIds(a: string, b: string): number {
  if (a.charCodeAt(0) === 48 || b.charCodeAt(0) === 48) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    if (x !== a || y !== b) return compareEventIds(x, y);
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
