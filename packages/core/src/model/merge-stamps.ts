// Which event's value a record keeps for a call fact that several events of one call may carry
// (the agent, the duration, the numbers...), whatever order the events arrive in.
import { canonicalJson } from '../json/canonical.js';
import { CALL_STATE_RANK, CALL_TYPE_RANK, type CallState, type CallType } from './interaction.js';

type Meta = Record<string, unknown>;

/**
 * Metadata key holding, for each of {@link STAMPED_KEYS}, the stamp of the event whose value the
 * record keeps. Bookkeeping: the calls API and the stream leave it out.
 */
export const KEY_STAMPS = 'keyStamps';

/** The call facts merged by event stamp rather than by arrival order. */
export const STAMPED_KEYS: ReadonlySet<string> = new Set([
  'sessionId',
  'direction',
  'callerNumber',
  'calleeNumber',
  'callerNumberRaw',
  'calleeNumberRaw',
  'durationSeconds',
  'endedAt',
  'reason',
  'answeringMachine',
  'agent',
  'text',
]);

/** Neither undefined nor null: the merge never erases with either. */
export const present = (v: unknown): boolean => v !== undefined && v !== null;

/** How a patch's facts are judged: the record's stamps, the patch's stamp, whether it is stale. */
export interface EventStamping {
  stamps: Record<string, string>;
  stamp: string | null;
  stale: boolean;
}

/**
 * The stamp of an event's patch: the moment of the call it reports (its callState rank, then its
 * callType rank; absent counts lowest) and its time (`lastEventAt`, the event's occurredAt), as
 * `"<state><type>|<ISO time>"`. Null for a patch that is not from an event (no `lastEventAt`).
 */
export function patchStamp(patch: Meta): string | null {
  if (typeof patch.lastEventAt !== 'string') return null;
  const state = present(patch.callState) ? (CALL_STATE_RANK[patch.callState as CallState] ?? -1) : -1;
  const type = present(patch.callType) ? (CALL_TYPE_RANK[patch.callType as CallType] ?? -1) : -1;
  return `${state + 1}${type + 1}|${patch.lastEventAt}`;
}

/** Orders two stamps: the later moment of the call first, then the later time. */
export function compareStamps(a: string, b: string): number {
  const [rankA = '', atA = ''] = a.split('|');
  const [rankB = '', atB = ''] = b.split('|');
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  const diff = Date.parse(atA) - Date.parse(atB);
  return Number.isNaN(diff) ? 0 : Math.sign(diff);
}

/**
 * JSON text of a value with its keys sorted, to break a tie between two stamps the same way in
 * any order, also when the store gave the stored value back with its keys reordered (jsonb).
 */
const text = canonicalJson;

/**
 * Whether the patch's `value` for a stamped `key` replaces the stored one. A key the record does
 * not have yet is always taken. Between two events, the later moment of the call wins, then the
 * later event, then the larger value (as JSON): the same winner in any arrival order. A stored
 * value without a stamp (written before stamps were kept, or by a patch that is not an event)
 * and a patch without one follow the rule by arrival: the patch wins unless it is `stale`.
 */
export function stampWins(
  out: Meta,
  stamps: Record<string, string>,
  key: string,
  value: unknown,
  stamp: string | null,
  stale: boolean,
): boolean {
  return valueWins(out[key], stamps[key], value, stamp, stale);
}

/** {@link stampWins} for a stored value and its stamp held anywhere (an agent's field, an insight). */
export function valueWins(
  stored: unknown,
  storedStamp: string | undefined,
  value: unknown,
  stamp: string | null,
  stale: boolean,
): boolean {
  if (!present(stored)) return true;
  if (stamp === null || storedStamp === undefined) return !stale;
  const order = compareStamps(stamp, storedStamp);
  return order > 0 || (order === 0 && text(value) > text(stored));
}

/** The record's stamps, as a fresh object the merge may change. */
export function stampsOf(meta: Meta): Record<string, string> {
  const stamps = meta[KEY_STAMPS];
  return typeof stamps === 'object' && stamps !== null && !Array.isArray(stamps)
    ? { ...(stamps as Record<string, string>) }
    : {};
}

/** Records that `key` now holds the patch's value: its stamp, or none for a patch without one. */
export function setStamp(stamps: Record<string, string>, key: string, stamp: string | null): void {
  if (stamp === null) delete stamps[key];
  else stamps[key] = stamp;
}
