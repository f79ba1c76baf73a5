import { CallbridgeError } from '../errors.js';
import type { BridgeRuntime } from '../runtime.js';
import type { BridgeReply } from './exchange.js';
import { problemReply } from './problem.js';

/** The SSE streams a bridge has open, each by the function that ends it, and their count by tenant. */
interface OpenStreams {
  ended: boolean;
  ends: Set<() => void>;
  /** Streams per tenant, from the moment a stream is authenticated until it ends. */
  perTenant: Map<string, number>;
  /** When each refused tenant was last warned about (ms), so refusals warn once a minute at most. */
  warned: Map<string, number>;
}

const byRuntime = new WeakMap<BridgeRuntime, OpenStreams>();

function streamsOf(runtime: BridgeRuntime): OpenStreams {
  let streams = byRuntime.get(runtime);
  if (!streams) {
    streams = { ended: false, ends: new Set(), perTenant: new Map(), warned: new Map() };
    byRuntime.set(runtime, streams);
  }
  return streams;
}

/** Seconds a client refused for `too_many_streams` should wait before it tries again. */
export const STREAM_LIMIT_RETRY_AFTER_SECONDS = 30;

/** Refusals of one tenant warn at most this often, so clients retrying do not flood the log. */
const REFUSAL_WARNING_INTERVAL_MS = 60_000;

/**
 * Takes one of the tenant's `stream.maxStreamsPerTenant` stream slots on this bridge, before
 * anything is awaited, so concurrent opens are counted too. Returns the function that gives the
 * slot back (calling it again does nothing), or null when none is free: answer
 * {@link tooManyStreams} then.
 */
export function claimStreamSlot(runtime: BridgeRuntime, tenantId: string): (() => void) | null {
  const streams = streamsOf(runtime);
  const limit = runtime.stream.maxStreamsPerTenant;
  const open = streams.perTenant.get(tenantId) ?? 0;
  if (open >= limit) {
    const now = runtime.now();
    const warned = streams.warned.get(tenantId);
    if (warned === undefined || now - warned >= REFUSAL_WARNING_INTERVAL_MS || now < warned) {
      streams.warned.set(tenantId, now);
      runtime.logger.warn(
        'callbridge refused a stream: the tenant has stream.maxStreamsPerTenant streams open on this instance',
        { tenantId, limit },
      );
    }
    return null;
  }
  streams.perTenant.set(tenantId, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (streams.perTenant.get(tenantId) ?? 1) - 1;
    if (left > 0) streams.perTenant.set(tenantId, left);
    else streams.perTenant.delete(tenantId);
  };
}

/** The 429 `too_many_streams` answer of a stream over its tenant's limit, with `Retry-After`. */
export function tooManyStreams(runtime: BridgeRuntime): BridgeReply {
  const limit = runtime.stream.maxStreamsPerTenant;
  const error = new CallbridgeError(
    'too_many_streams',
    `This tenant already has ${limit} event streams open, the most this server allows per tenant.`,
    {
      hint: 'Close other tabs or clients streaming the same tenant and retry after Retry-After; an operator can raise `stream.maxStreamsPerTenant` (or set it to Infinity).',
      details: { limit },
    },
  );
  return problemReply(error, { 'retry-after': String(STREAM_LIMIT_RETRY_AFTER_SECONDS) });
}

/**
 * Keeps `end` until the returned function is called (when the stream ended on its own), so
 * {@link endOpenStreams} can end the stream. On a bridge already closed, `end` runs at once.
 */
export function trackStream(runtime: BridgeRuntime, end: () => void): () => void {
  const streams = streamsOf(runtime);
  if (streams.ended) {
    end();
    return () => undefined;
  }
  streams.ends.add(end);
  return () => {
    streams.ends.delete(end);
  };
}

/**
 * Ends every open stream of the bridge (their heartbeats and subscriptions go with them) and
 * every stream opened from now on: `bridge.close()` calls it, so a server can close its
 * connections and the process exit.
 */
export function endOpenStreams(runtime: BridgeRuntime): void {
  const streams = streamsOf(runtime);
  streams.ended = true;
  for (const end of [...streams.ends]) end();
  streams.ends.clear();
}
