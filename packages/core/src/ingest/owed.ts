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

/** Most records kept in the in-process fallback per event log; beyond it the oldest are dropped. */
const MAX_OWED = 10_000;
const owedByLog = new WeakMap<object, Map<string, StreamEventType[]>>();

/**
 * The in-process fallback, used only when the store could not take the flags either: the next
 * write of the record through this process (and this event-log client) announces them.
 */
export const owedInProcess = {
  /** Removes and returns what this process owes for `key` (synchronous: no other write takes it too). */
  take(log: object, key: string): StreamEventType[] {
    const owed = owedByLog.get(log);
    const types = owed?.get(key) ?? [];
    owed?.delete(key);
    return types;
  },
  /** Adds `types` to what this process owes for `key`. */
  add(log: object, key: string, types: StreamEventType[]): void {
    let owed = owedByLog.get(log);
    if (!owed) {
      owed = new Map();
      owedByLog.set(log, owed);
    }
    owed.set(key, union(owed.get(key) ?? [], types));
    if (owed.size > MAX_OWED) owed.delete(owed.keys().next().value as string);
  },
};
