import { isCallbridgeError, storeUnavailable } from '../errors.js';
import type { InteractionUpsert, UpsertResult } from '../model/interaction.js';
import type { StreamEvent, StreamEventType } from '../ports/events.js';
import type { ProviderRuntime } from '../provider.js';

/** Options of {@link applyUpsert}. */
export interface ApplyUpsertOptions {
  /** The change completed AI insights: announce it as `call_ai_completed`. */
  aiCompleted?: boolean;
}

/** The merge result plus the stream events it produced (empty when nothing changed). */
export interface AppliedUpsert extends UpsertResult {
  events: StreamEvent[];
}

/** Runs one store call; a failure that is not already a CallbridgeError becomes `store_unavailable`. */
async function guarded<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isCallbridgeError(error) ? error : storeUnavailable(what, error);
  }
}

/**
 * The stream event types one change announces: `call_event_created` for a new record,
 * `call_ai_completed` when the change completed AI insights (after the creation event if both),
 * `call_event_updated` otherwise.
 */
export function eventTypesFor(created: boolean, aiCompleted: boolean): StreamEventType[] {
  if (created) return aiCompleted ? ['call_event_created', 'call_ai_completed'] : ['call_event_created'];
  return [aiCompleted ? 'call_ai_completed' : 'call_event_updated'];
}

/** Most records whose announcement is still owed, per event log; beyond it the oldest are dropped. */
const MAX_OWED = 10_000;
const owedByLog = new WeakMap<object, Map<string, StreamEventType[]>>();

function owedOf(runtime: ProviderRuntime): Map<string, StreamEventType[]> {
  let owed = owedByLog.get(runtime.eventLog);
  if (!owed) {
    owed = new Map();
    owedByLog.set(runtime.eventLog, owed);
  }
  return owed;
}

/** The types still owed plus the new ones, each once, creation first. */
function union(owed: StreamEventType[], fresh: StreamEventType[]): StreamEventType[] {
  const all = new Set([...owed, ...fresh]);
  if (all.has('call_event_created')) all.delete('call_event_updated');
  const order: StreamEventType[] = ['call_event_created', 'call_event_updated', 'call_ai_completed'];
  return order.filter((type) => all.has(type));
}

/**
 * The one write path of callbridge: merge the patch into the store, and when the record changed,
 * append the change to the tenant's event log and publish it to the tenant's subscribers. Ingest
 * and every background job go through here, so each stored change is announced exactly once.
 *
 * When the store wrote but the event log failed, the announcement is owed: the next write of the
 * same record in this process (typically the provider's retry, which changes nothing) appends it,
 * so the stream does not miss the change.
 *
 * Store and event-log failures are thrown as `store_unavailable` (503: the provider retries).
 */
export async function applyUpsert(
  runtime: ProviderRuntime,
  upsert: InteractionUpsert,
  options: ApplyUpsertOptions = {},
): Promise<AppliedUpsert> {
  const result = await guarded('The interaction store', () => runtime.interactions.upsert(upsert));
  const events: StreamEvent[] = [];
  const owed = owedOf(runtime);
  const key = `${upsert.tenantId}\u0000${upsert.source}\u0000${upsert.sourceRecordId}`;
  const fresh = result.changed ? eventTypesFor(result.created, options.aiCompleted === true) : [];
  // Take over what an earlier failed write still owes (synchronously: no other write can take it too).
  const pending = union(owed.get(key) ?? [], fresh);
  owed.delete(key);
  try {
    while (pending.length > 0) {
      const type = pending[0] as StreamEventType;
      const event = await guarded('The event log', () =>
        runtime.eventLog.append(upsert.tenantId, type, result.interaction),
      );
      pending.shift();
      events.push(event);
      await guarded('The broadcaster', () => runtime.broadcaster.publish(event));
    }
  } catch (error) {
    if (pending.length > 0) {
      owed.set(key, union(owed.get(key) ?? [], pending));
      if (owed.size > MAX_OWED) owed.delete(owed.keys().next().value as string);
    }
    throw error;
  }
  return { ...result, events };
}
