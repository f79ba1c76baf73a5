import { clonePlain } from '../json/clone.js';
import type { Broadcaster, StreamEvent, Unsubscribe } from '../ports/events.js';

type Listener = (event: StreamEvent) => void;

/**
 * The shared backend of several `MemoryBroadcaster`s, standing in for Redis pub/sub or Postgres
 * NOTIFY: every broadcaster on the same hub sees every event published through any of them.
 */
export class MemoryBroadcastHub {
  readonly #listeners = new Map<string, Set<Listener>>();

  /** Delivers `event` to the tenant's listeners; a throwing listener does not stop the others. */
  deliver(event: StreamEvent): void {
    const listeners = this.#listeners.get(event.tenantId);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      try {
        listener(clonePlain(event));
      } catch {
        // A subscriber's failure is its own; the others still get the event.
      }
    }
  }

  /** Adds a listener of one tenant; returns the function that removes it. */
  add(tenantId: string, listener: Listener): () => void {
    let set = this.#listeners.get(tenantId);
    if (!set) {
      set = new Set();
      this.#listeners.set(tenantId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(tenantId) === set) this.#listeners.delete(tenantId);
    };
  }
}

/** Options of `MemoryBroadcaster`. */
export interface MemoryBroadcasterOptions {
  /** Share a hub between broadcasters to model several instances. Default: a private hub. */
  hub?: MemoryBroadcastHub;
}

/**
 * `Broadcaster` in process memory: events reach the subscribers of their tenant only, each as
 * its own copy. `close` removes this broadcaster's subscriptions.
 */
export class MemoryBroadcaster implements Broadcaster {
  readonly #hub: MemoryBroadcastHub;
  readonly #removers = new Set<() => void>();

  constructor(options: MemoryBroadcasterOptions = {}) {
    this.#hub = options.hub ?? new MemoryBroadcastHub();
  }

  async publish(event: StreamEvent): Promise<void> {
    this.#hub.deliver(event);
  }

  async subscribe(tenantId: string, listener: Listener): Promise<Unsubscribe> {
    const remove = this.#hub.add(tenantId, listener);
    const entry = () => remove();
    this.#removers.add(entry);
    return async () => {
      entry();
      this.#removers.delete(entry);
    };
  }

  async close(): Promise<void> {
    for (const remove of this.#removers) remove();
    this.#removers.clear();
  }
}
