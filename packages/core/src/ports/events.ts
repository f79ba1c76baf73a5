export type StreamEventType = 'call_event_created' | 'call_event_updated' | 'call_ai_completed';

/** One entry of a tenant's event log, as sent on the SSE stream. */
export interface StreamEvent<T = unknown> {
  /**
   * Per-tenant, strictly increasing in commit order; decimal digits so it orders as a number. Once
   * `append` returned an event, it and every lower id of the tenant are readable. Consecutive ids
   * (1, 2, 3...) let live streams put events published out of order back in order (see the core
   * README, "Write your own port").
   */
  id: string;
  tenantId: string;
  type: StreamEventType;
  data: T;
  /** ISO time of append. */
  createdAt: string;
}

export interface ReadAfterResult {
  events: StreamEvent[];
  /**
   * True when events after `afterId` were already dropped by retention: the client missed
   * something it can no longer get and must resync.
   */
  truncated: boolean;
}

/** A bounded, per-tenant, append-only log that backs stream resume (Last-Event-ID). */
export interface EventLog {
  /** Appends and returns the event with its new id (greater than every earlier id of the tenant). */
  append(tenantId: string, type: StreamEventType, data: unknown): Promise<StreamEvent>;
  /** Events with id > afterId in id order, at most `limit`. */
  readAfter(tenantId: string, afterId: string, limit?: number): Promise<ReadAfterResult>;
  /** The newest id of the tenant, or null. */
  lastId(tenantId: string): Promise<string | null>;
}

export type Unsubscribe = () => Promise<void>;

/** Fans events out to every subscriber of a tenant, in this process or (Redis, NOTIFY) in all. */
export interface Broadcaster {
  publish(event: StreamEvent): Promise<void>;
  /** Resolves once the subscription is live: events published after that are delivered. */
  subscribe(tenantId: string, listener: (event: StreamEvent) => void): Promise<Unsubscribe>;
  close?(): Promise<void>;
}
