/**
 * The wait a `Retry-After` header asks for, in ms: delta-seconds (`120`, also a decimal such as
 * `1.5`) or an HTTP date counted from `nowMs` (a past date gives 0). Null when absent or
 * unreadable. For provider clients that honour an upstream API's answer.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}
