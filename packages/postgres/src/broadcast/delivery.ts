import type { StreamEvent } from '@callbridge/core';
import { parseEventId } from '@callbridge/core';

export type Listener = (event: StreamEvent) => void;

/** The listeners of one channel and the LISTEN they wait for. */
export interface Channel {
  tenantId: string;
  listeners: Set<Listener>;
  /** Settles once the channel is LISTENed on the listening connection. */
  ready: Promise<void>;
  /** True once LISTENed and its newest id read: a reconnect then catches it up. */
  settled: boolean;
  /** The greatest event id the channel delivered, or the tenant's newest when it was LISTENed. */
  newest: bigint | null;
  /** The id of the event handed over after a reconnect: skipped once if it also arrives live. */
  recovered: string | null;
}

/** Raises a channel's newest id to `id`; false when it already had that id or a newer one. */
export function advance(entry: Channel, id: string): boolean {
  let value: bigint;
  try {
    value = parseEventId(id);
  } catch {
    return true;
  }
  if (entry.newest !== null && value <= entry.newest) return false;
  entry.newest = value;
  return true;
}

/** Hands an event that arrived by NOTIFY to the channel's listeners (if it is the channel's tenant's). */
export function deliverLive(entry: Channel, event: StreamEvent): void {
  if (event.tenantId !== entry.tenantId) return;
  // The event handed over after a reconnect may also arrive live (published as the
  // connection came back): its listeners get it once.
  if (entry.recovered !== null && event.id === entry.recovered) {
    entry.recovered = null;
    return;
  }
  advance(entry, event.id);
  deliver(entry, event);
}

/**
 * Hands the channel's listeners the tenant's newest event read after a reconnect, when it is
 * newer than any the channel had.
 */
export function deliverRecovered(entry: Channel, event: StreamEvent): void {
  if (!advance(entry, event.id)) return;
  entry.recovered = event.id;
  deliver(entry, event);
}

function deliver(entry: Channel, event: StreamEvent): void {
  if (event.tenantId !== entry.tenantId) return;
  for (const listener of [...entry.listeners]) {
    try {
      listener(structuredClone(event));
    } catch {
      // A subscriber's failure is its own; the others still get the event.
    }
  }
}
