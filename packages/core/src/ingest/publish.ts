import { isCallbridgeError, storeUnavailable } from '../errors.js';
import type { Interaction, InteractionUpsert, UpsertResult } from '../model/interaction.js';
import { hasCompletedAi } from '../model/work-status.js';
import type { StreamEvent, StreamEventType } from '../ports/events.js';
import type { ProviderRuntime } from '../provider.js';
import { flagUpsert, type OwedHere, owedIn, owedInProcess, union } from './owed.js';

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

/** The key of one record in the in-process fallback. */
const recordKey = (upsert: InteractionUpsert): string =>
  `${upsert.tenantId}\u0000${upsert.source}\u0000${upsert.sourceRecordId}`;

/**
 * The `types` the stored record no longer flags, read after a failed clear and a failed re-flag:
 * the clear may have landed though the store reported an error. All of them when the record
 * cannot be read (at least once: a duplicate announcement beats a lost one).
 */
async function unflagged(
  runtime: ProviderRuntime,
  upsert: InteractionUpsert,
  types: StreamEventType[],
): Promise<StreamEventType[]> {
  if (types.length === 0) return [];
  try {
    const record = await runtime.interactions.getBySource(
      upsert.tenantId,
      upsert.source,
      upsert.sourceRecordId,
    );
    const flagged = record ? owedIn(record) : [];
    return types.filter((type) => !flagged.includes(type));
  } catch {
    return types;
  }
}

/**
 * Records `types` as owed after a failed announcement: as flags in the record itself, so any
 * instance's next write of it announces them, or, when the store fails too, in this process.
 * `durableOnly` types (the record's flags a failed clear took over) are flagged again; when that
 * fails too they are kept in this process only if the record no longer flags them (the clear
 * landed though the store reported an error), so they are neither lost nor owed twice.
 */
async function owe(
  runtime: ProviderRuntime,
  upsert: InteractionUpsert,
  record: Interaction,
  types: StreamEventType[],
  durableOnly: StreamEventType[] = [],
): Promise<void> {
  const all = union(types, durableOnly);
  if (all.length === 0) return;
  try {
    await runtime.interactions.upsert(flagUpsert(upsert, record, all, true));
  } catch (error) {
    const kept = union(types, await unflagged(runtime, upsert, durableOnly));
    if (kept.length > 0) owedInProcess.add(runtime.eventLog, recordKey(upsert), kept);
    const where = kept.length > 0 ? 'kept in process only' : 'still flagged in the record';
    runtime.logger.error(`owed stream announcement ${where}`, {
      tenantId: upsert.tenantId,
      source: upsert.source,
      sourceRecordId: upsert.sourceRecordId,
      types: kept,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Takes over the announcements the stored record owes (`flagged`) by clearing their flags. The clear is the
 * claim: of several writers that saw the same flags, only the one whose clear changed the record
 * announces them. Returns the claimed types and the record after the clear.
 */
async function claimOwed(
  runtime: ProviderRuntime,
  upsert: InteractionUpsert,
  record: Interaction,
  flagged: StreamEventType[],
): Promise<{ claimed: StreamEventType[]; record: Interaction }> {
  const cleared = await guarded('The interaction store', () =>
    runtime.interactions.upsert(flagUpsert(upsert, record, flagged, false)),
  );
  return { claimed: cleared.changed ? flagged : [], record: cleared.interaction };
}

/**
 * What a write of the record that threw through this process (`thrown`) still owes, judged by
 * the write that follows it (`result`). When the following write changed nothing, the thrown one
 * most likely landed (the store wrote it though it reported an error), and nothing announced it:
 * it is announced now, as a creation when the record has had no other write (version 1: the
 * thrown write may have been an update that did not land, so a record announced before may be
 * announced created again), as an update otherwise. When the following write changed the record,
 * it announces the whole record itself. An AI completion of the thrown write is carried on (as
 * `call_ai_completed`) only when the record has a completed AI status: without one, the thrown
 * write did not land, and its retry announces the completion when it does.
 */
function thrownTypes(thrown: OwedHere['thrown'], result: UpsertResult): StreamEventType[] {
  if (thrown === null) return [];
  const aiCompleted = thrown.aiCompleted && hasCompletedAi(result.interaction.metadata);
  if (!result.changed) return eventTypesFor(result.interaction.version === 1, aiCompleted);
  return aiCompleted && !result.created ? ['call_ai_completed'] : [];
}

/**
 * Publishes an event the log already keeps. A broadcaster that fails is logged, not thrown: the
 * change is stored and announced in the log, from which open streams read it at their next event
 * or reconnect, and a 503 would only make the provider retry a delivery that is then a duplicate
 * (publishing nothing either).
 */
async function publishLogged(runtime: ProviderRuntime, event: StreamEvent): Promise<void> {
  try {
    await runtime.broadcaster.publish(event);
  } catch (error) {
    runtime.logger.error(
      'stream event logged but not published live; open streams get it from the event log',
      {
        tenantId: event.tenantId,
        type: event.type,
        id: event.id,
        error: error instanceof Error ? error.message : String(error),
      },
    );
  }
}

/**
 * The one write path of callbridge: merge the patch into the store, and when the record changed,
 * append the change to the tenant's event log and publish it to the tenant's subscribers. Ingest
 * and every background job go through here, so each stored change is announced exactly once.
 *
 * When the store wrote but the event log failed, the announcement is owed: it is flagged in the
 * record itself (`OWED_FLAGS`) before the failure is thrown, and the next write of the same record
 * from any instance (typically the provider's retry, which changes nothing) claims the flags and
 * appends it, so neither another instance nor a restart loses a `call_event_created`. Nothing is
 * owed on the happy path, which costs one store write as before. Only when the store cannot take
 * the flags either is the debt kept in this process.
 *
 * When the store write itself throws, it may have landed all the same (the connection dropped
 * after the commit): the provider's retry then changes nothing, and a no-change write announces
 * nothing of its own. So this process remembers the write that threw (`owedInProcess`), without
 * any store call, and its next write of the record announces what the thrown one would have if it
 * changed nothing (see `thrownTypes`): the retry through the same process announces the call's
 * creation once. This is at least once, not exactly once: a write that threw but would have
 * changed nothing (or did not land, when a write that changes nothing follows it before its
 * retry) is announced all the same, a record with no other write as `call_event_created` again.
 * The remembered writes are bounded (10 000 records per event log, the oldest dropped) and kept
 * only in this process's memory. Its limit: a retry that reaches another instance (or
 * this one after a restart) knows nothing of it, so the change is announced only with the record's
 * next change, as an update.
 *
 * Store and event-log failures are thrown as `store_unavailable` (503: the provider retries); a
 * broadcaster failure after the log kept the event is logged (see `publishLogged`).
 */
export async function applyUpsert(
  runtime: ProviderRuntime,
  upsert: InteractionUpsert,
  options: ApplyUpsertOptions = {},
): Promise<AppliedUpsert> {
  const key = recordKey(upsert);
  let result: UpsertResult;
  try {
    result = await runtime.interactions.upsert(upsert);
  } catch (error) {
    // The write may have landed all the same: the provider's retry would then change nothing and
    // announce nothing. This process remembers it, and its next write of the record announces it.
    owedInProcess.thrown(runtime.eventLog, key, options.aiCompleted === true);
    throw isCallbridgeError(error) ? error : storeUnavailable('The interaction store', error);
  }
  const events: StreamEvent[] = [];
  const fresh = result.changed ? eventTypesFor(result.created, options.aiCompleted === true) : [];
  const here = owedInProcess.take(runtime.eventLog, key);
  const carried = here === undefined ? fresh : union(here.types, fresh, thrownTypes(here.thrown, result));
  const flagged = owedIn(result.interaction);
  let owed: Awaited<ReturnType<typeof claimOwed>> = { claimed: [], record: result.interaction };
  // The happy path stops here: nothing flagged, no extra store call and no extra await.
  if (flagged.length > 0) {
    try {
      owed = await claimOwed(runtime, upsert, result.interaction, flagged);
    } catch (error) {
      // The clear may or may not have landed: flag the record's debts again, with ours.
      await owe(runtime, upsert, result.interaction, carried, flagged);
      throw error;
    }
  }
  const { record } = owed;
  const pending = union(carried, owed.claimed);
  try {
    while (pending.length > 0) {
      const type = pending[0] as StreamEventType;
      const event = await guarded('The event log', () =>
        runtime.eventLog.append(upsert.tenantId, type, record),
      );
      pending.shift();
      events.push(event);
      await publishLogged(runtime, event);
    }
  } catch (error) {
    await owe(runtime, upsert, record, pending);
    throw error;
  }
  return { ...result, interaction: record, events };
}
