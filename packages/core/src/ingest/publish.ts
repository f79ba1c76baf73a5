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

/**
 * The one write path of callbridge: merge the patch into the store, and when the record changed,
 * append the change to the tenant's event log and publish it to the tenant's subscribers. Ingest
 * and every background job go through here, so each stored change is announced exactly once.
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
  if (!result.changed) return { ...result, events };
  for (const type of eventTypesFor(result.created, options.aiCompleted === true)) {
    const event = await guarded('The event log', () =>
      runtime.eventLog.append(upsert.tenantId, type, result.interaction),
    );
    await guarded('The broadcaster', () => runtime.broadcaster.publish(event));
    events.push(event);
  }
  return { ...result, events };
}
