import { CallbridgeError } from '../errors.js';
import type { BridgeRuntime } from '../runtime.js';

/** The ingests a bridge is running, and whether it is closing. */
interface InFlight {
  closing: boolean;
  running: Set<Promise<unknown>>;
}

const byRuntime = new WeakMap<BridgeRuntime, InFlight>();

function inFlightOf(runtime: BridgeRuntime): InFlight {
  let state = byRuntime.get(runtime);
  if (!state) {
    state = { closing: false, running: new Set() };
    byRuntime.set(runtime, state);
  }
  return state;
}

/**
 * Runs one ingest of the bridge so `drainIngests` can wait for it. Once the bridge is
 * closing, a new ingest is refused before it claims anything: `store_unavailable` (503), so the
 * provider retries it, on another instance or after the restart.
 */
export function trackIngest<T>(runtime: BridgeRuntime, run: () => Promise<T>): Promise<T> {
  const state = inFlightOf(runtime);
  if (state.closing) {
    return Promise.reject(
      new CallbridgeError('store_unavailable', 'This bridge is closing and stores no new event.', {
        hint: 'Nothing to do: the provider retries the delivery and another instance (or this one after its restart) stores it.',
      }),
    );
  }
  const running = run();
  const settled = running.then(
    () => undefined,
    () => undefined,
  );
  state.running.add(settled);
  settled.then(() => state.running.delete(settled));
  return running;
}

/**
 * Refuses new ingests of the bridge and waits, at most `timeoutMs`, for the running ones to finish
 * (their announcements, job enqueues and dedupe commits included), so the stores can be closed
 * after `bridge.close()` without cutting one off. Resolves false when some were still running.
 */
export async function drainIngests(runtime: BridgeRuntime, timeoutMs: number): Promise<boolean> {
  const state = inFlightOf(runtime);
  state.closing = true;
  if (state.running.size === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([Promise.all(state.running).then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
