import type { Broadcaster, StreamEvent } from '../ports/events.js';
import { isEventId } from './event-ids.js';

type Listener = (event: StreamEvent) => void;

/** One broadcaster subscription of a tenant, shared by every open stream of that tenant. */
interface TenantFanout {
  listeners: Set<Listener>;
  /** Settles once the broadcaster subscription is live. */
  ready: Promise<void>;
  unsubscribe: (() => Promise<void>) | null;
}

const hubs = new WeakMap<Broadcaster, Map<string, TenantFanout>>();

/**
 * Attaches a stream to its tenant's events. All streams of one tenant share a single
 * broadcaster subscription (one delivery per event instead of one per stream); it is opened by
 * the first stream and released when the last one leaves. Resolves once events published from
 * now on reach `listener`; the returned function detaches it.
 */
export async function joinTenantEvents(
  broadcaster: Broadcaster,
  tenantId: string,
  listener: Listener,
): Promise<() => Promise<void>> {
  let tenants = hubs.get(broadcaster);
  if (!tenants) {
    tenants = new Map();
    hubs.set(broadcaster, tenants);
  }
  const map = tenants;
  let fanout = map.get(tenantId);
  if (!fanout) {
    const created: TenantFanout = { listeners: new Set(), ready: Promise.resolve(), unsubscribe: null };
    created.ready = broadcaster
      .subscribe(tenantId, (event) => {
        // Ids are what the event log issued (decimal strings): an event without one (a custom
        // broadcaster's mistake) cannot be given an SSE id nor ordered, so no stream gets it.
        if (typeof event?.id !== 'string' || !isEventId(event.id)) return;
        for (const each of created.listeners) {
          try {
            each(event);
          } catch {
            // one stream's failure never stops delivery to the others
          }
        }
      })
      .then(
        (unsubscribe) => {
          created.unsubscribe = unsubscribe;
        },
        (error: unknown) => {
          if (map.get(tenantId) === created) map.delete(tenantId);
          throw error;
        },
      );
    map.set(tenantId, created);
    fanout = created;
  }
  const joined = fanout;
  joined.listeners.add(listener);
  try {
    await joined.ready;
  } catch (error) {
    joined.listeners.delete(listener);
    throw error;
  }
  let left = false;
  return async () => {
    if (left) return;
    left = true;
    joined.listeners.delete(listener);
    if (joined.listeners.size > 0 || map.get(tenantId) !== joined) return;
    map.delete(tenantId);
    await joined.unsubscribe?.();
  };
}
