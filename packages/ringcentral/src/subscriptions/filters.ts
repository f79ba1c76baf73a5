/** Replaces resolved ids in a filter with `~` so `/accounts/8096/…` matches `/accounts/~/…`. */
export function normalizeFilter(filter: string): string {
  return filter.replace(/\/(accounts?|extension)\/[^/?]+/g, '/$1/~');
}

/** True for the expiry-reminder filter. */
export function isReminderFilter(filter: string): boolean {
  return /^\/restapi\/v1\.0\/subscription\/[^/?]+\?/.test(filter);
}

/** A stable key of a filter set (reminder filters left out, ids normalized, sorted). */
export function filtersKey(filters: readonly string[]): string {
  return [...new Set(filters.filter((f) => !isReminderFilter(f)).map(normalizeFilter))].sort().join('\n');
}

/** True when `existing` covers every filter of `wanted` (ids normalized). */
export function coversFilters(existing: readonly string[], wanted: readonly string[]): boolean {
  const have = new Set(existing.map(normalizeFilter));
  return wanted.filter((f) => !isReminderFilter(f)).every((f) => have.has(normalizeFilter(f)));
}

/** SHA-256 hex of a token: lets the state notice a rotated token without storing it. */
export async function tokenDigest(token: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
