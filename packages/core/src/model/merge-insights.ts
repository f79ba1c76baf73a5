// How mergeInteraction (merge.ts) merges insights, and the insight metadata (merge-metadata.ts).
import type { Insights } from './insights.js';
import { present, setStamp, valueWins } from './merge-stamps.js';

type Meta = Record<string, unknown>;

const time = (iso: string): number => Date.parse(iso);

/** Whether the patch insights are older than the stored ones (not comparable counts as newer). */
export function insightsAge(existingAt: unknown, patchAt: unknown): 'older' | 'newer' {
  if (typeof existingAt !== 'string' || typeof patchAt !== 'string') return 'newer';
  return time(patchAt) < time(existingAt) ? 'older' : 'newer';
}

/** The newer of two ISO times (either may be missing). */
export function latest(a: unknown, b: unknown): string | null {
  const as = typeof a === 'string' ? a : null;
  const bs = typeof b === 'string' ? b : null;
  if (as === null || bs === null) return as ?? bs;
  return time(bs) > time(as) ? bs : as;
}

/**
 * The stamp of a patch's insights fields: their modification time, else the time of their event
 * (`lastEventAt`), as a stamp of `merge-stamps.ts`. Null for insights with neither (an upsert that
 * is not an event).
 */
export function insightsStamp(modifiedAt: unknown, eventAt: unknown): string | null {
  const at = typeof modifiedAt === 'string' ? modifiedAt : typeof eventAt === 'string' ? eventAt : null;
  return at === null ? null : `00|${at}`;
}

/** How an insights field of a patch is judged against the stored one. */
export interface InsightStamping {
  stamps: Record<string, string>;
  /** The patch's stamp (`insightsStamp`). */
  stamp: string | null;
  /** The patch's modification time is older than the record's (for fields stored without a stamp). */
  older: boolean;
}

/**
 * Sets `out[key]` to the patch's insights field `value` when it wins, and records its stamp under
 * `stampKey`: a missing (or empty list) field is always filled; between two stamped values the
 * newer stamp wins, then the larger value (as JSON), in any arrival order; a field stored without a
 * stamp is replaced unless the patch is `older`.
 */
export function putInsight(out: Meta, key: string, value: unknown, s: InsightStamping, stampKey = key): void {
  const stored = out[key];
  const empty = !present(stored) || (Array.isArray(stored) && stored.length === 0);
  if (!empty && !valueWins(stored, s.stamps[stampKey], value, s.stamp, s.older)) return;
  out[key] = value;
  setStamp(s.stamps, stampKey, s.stamp);
}

/**
 * The merged insights: each field (and each `extra` fact) keeps the value `putInsight` picks, its
 * stamp kept under `insights.<field>`; `modifiedAt` keeps the newest.
 */
export function mergeInsights(
  current: Insights | null,
  patch: Insights | null,
  s: InsightStamping,
): Insights | null {
  if (!patch) return current;
  const out: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (!present(value) || key === 'modifiedAt') continue;
    if (key === 'extra') {
      const extra: Meta = { ...(current?.extra ?? {}) };
      for (const [k, v] of Object.entries(value as Meta))
        if (present(v)) putInsight(extra, k, v, s, `insights.extra.${k}`);
      out.extra = extra;
    } else {
      putInsight(out, key, value, s, `insights.${key}`);
    }
  }
  const modifiedAt = latest(current?.modifiedAt, patch.modifiedAt);
  if (modifiedAt !== null) out.modifiedAt = modifiedAt;
  return out as Insights;
}
