import type { BridgeRuntime } from '../runtime.js';

/** The SSE streams a bridge has open, each by the function that ends it. */
interface OpenStreams {
  ended: boolean;
  ends: Set<() => void>;
}

const byRuntime = new WeakMap<BridgeRuntime, OpenStreams>();

function streamsOf(runtime: BridgeRuntime): OpenStreams {
  let streams = byRuntime.get(runtime);
  if (!streams) {
    streams = { ended: false, ends: new Set() };
    byRuntime.set(runtime, streams);
  }
  return streams;
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
