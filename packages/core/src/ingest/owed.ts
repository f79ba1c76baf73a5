import type { Interaction, InteractionMetadata, InteractionUpsert } from '../model/interaction.js';
import type { StreamEventType } from '../ports/events.js';
import { recordUpsert } from './record-upsert.js';

/**
 * The metadata flag of each stream event type whose announcement a record still owes. The store
 * wrote the change but the event log failed; whichever instance writes the record next announces
 * it. Plain booleans under the generic "the patch wins" merge rule: `true` marks it owed, `false`
 * clears it (null would not erase), and every store keeps them without a rule of its own.
 * Bookkeeping only: the calls API and the stream leave them out (`INTERNAL_METADATA_KEYS`).
 */
export const OWED_FLAGS = {
  call_event_created: 'owedCallEventCreated',
  call_event_updated: 'owedCallEventUpdated',
  call_ai_completed: 'owedCallAiCompleted',
} as const satisfies Record<StreamEventType, string>;

const ORDER: StreamEventType[] = ['call_event_created', 'call_event_updated', 'call_ai_completed'];

/** The given types, each once, in announcement order; a creation covers an update. */
export function union(...lists: StreamEventType[][]): StreamEventType[] {
  const has = (type: StreamEventType) => lists.some((list) => list.includes(type));
  if (lists.every((list) => list.length === 0)) return [];
  const created = has('call_event_created');
  return ORDER.filter((type) => (type === 'call_event_updated' ? !created && has(type) : has(type)));
}

/** The announcements the stored record says it still owes. */
export function owedIn(record: Interaction): StreamEventType[] {
  return ORDER.filter((type) => record.metadata[OWED_FLAGS[type]] === true);
}

/**
 * The upsert that sets (`owed` true) or clears (false) the flags of `types` on a stored record
 * and changes nothing else: same key, same occurredAt, no links, no insights.
 */
export function flagUpsert(
  upsert: InteractionUpsert,
  record: Interaction,
  types: StreamEventType[],
  owed: boolean,
): InteractionUpsert {
  const metadata: InteractionMetadata = {};
  for (const type of types) metadata[OWED_FLAGS[type]] = owed;
  return recordUpsert(record, metadata, upsert.locale);
}

/**
 * What this process owes for one record: announcements it could not make or flag (`types`), and
 * whether a write of the record through it threw (`thrown`: the store may have written it though
 * it reported an error), with whether that write completed AI insights.
 */
export interface OwedHere {
  types: StreamEventType[];
  thrown: { aiCompleted: boolean } | null;
}

/**
 * Most records kept per event log in each part of the in-process fallback; beyond it the oldest
 * are dropped. Two parts, each with its own bound, so the failed writes of a store outage (one per
 * write, most of which did not land) never push out an announcement owed for sure.
 */
const MAX_OWED = 10_000;
interface Owed {
  /** Announcements owed for sure, per record. */
  types: Map<string, StreamEventType[]>;
  /** Writes that threw (and may have landed), per record. */
  thrown: Map<string, NonNullable<OwedHere['thrown']>>;
}
const owedByLog = new WeakMap<object, Owed>();

function owedOf(log: object): Owed {
  let owed = owedByLog.get(log);
  if (!owed) {
    owed = { types: new Map(), thrown: new Map() };
    owedByLog.set(log, owed);
  }
  return owed;
}

/** Sets `key` in `map` (as its newest entry when new), dropping the oldest beyond MAX_OWED. */
function put<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > MAX_OWED) map.delete(map.keys().next().value as string);
}

/**
 * The in-process fallback, for what the record itself cannot say: announcements the store could
 * not take as flags either, and writes the store reported as failed (which may have landed). The
 * next write of the record through this process (and this event-log client) announces them.
 */
export const owedInProcess = {
  /** Removes and returns what this process owes for `key` (synchronous: no other write takes it too). */
  take(log: object, key: string): OwedHere | undefined {
    const owed = owedByLog.get(log);
    if (owed === undefined) return undefined;
    const types = owed.types.get(key);
    const thrown = owed.thrown.get(key);
    if (types === undefined && thrown === undefined) return undefined;
    owed.types.delete(key);
    owed.thrown.delete(key);
    return { types: types ?? [], thrown: thrown ?? null };
  },
  /** Adds `types` to what this process owes for `key`. */
  add(log: object, key: string, types: StreamEventType[]): void {
    const owed = owedOf(log);
    put(owed.types, key, union(owed.types.get(key) ?? [], types));
  },
  /** Remembers that a write of `key` threw, so the next write announces it if it had landed. */
  thrown(log: object, key: string, aiCompleted: boolean): void {
    const owed = owedOf(log);
    put(owed.thrown, key, { aiCompleted: aiCompleted || owed.thrown.get(key)?.aiCompleted === true });
  },
};
