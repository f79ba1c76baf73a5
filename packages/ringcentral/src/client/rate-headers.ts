import type { RateGroup } from './pacer.js';

/** RingCentral's rate-limit window when an answer does not say it: one minute. */
const DEFAULT_WINDOW_MS = 60_000;
const GROUPS: readonly RateGroup[] = ['light', 'medium', 'heavy', 'auth'];

/**
 * The pause an answer's `X-Rate-Limit-*` headers ask for: when `X-Rate-Limit-Remaining` is 0, the
 * group `X-Rate-Limit-Group` names (else the call's own) waits `X-Rate-Limit-Window` seconds (60
 * when absent or unreadable). RingCentral counts per app and user across every process, so these
 * headers carry what other instances spent; null when calls remain or the headers are absent.
 */
export function rateLimitPause(
  headers: Headers,
  callGroup: RateGroup,
): { group: RateGroup; waitMs: number } | null {
  const remaining = headers.get('x-rate-limit-remaining')?.trim() ?? '';
  if (!/^\d+$/.test(remaining) || Number(remaining) > 0) return null;
  const named = headers.get('x-rate-limit-group')?.trim().toLowerCase() ?? '';
  const group = (GROUPS as readonly string[]).includes(named) ? (named as RateGroup) : callGroup;
  const window = headers.get('x-rate-limit-window')?.trim() ?? '';
  const seconds = /^\d+(\.\d+)?$/.test(window) ? Number(window) : 0;
  return { group, waitMs: seconds > 0 ? seconds * 1000 : DEFAULT_WINDOW_MS };
}
