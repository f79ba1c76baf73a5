// Gap reads: what a live stream reads from the event log when an event does not follow the last
// one it sent, shared by the streams of a tenant that saw the same gap.
import type { BridgeRuntime } from '../runtime.js';
import { compareEventIds } from './event-ids.js';
import { replay, type Start } from './stream-log.js';
import { REREAD_FIRST_MS, REREAD_MAX_MS, sleep, untilAborted } from './stream-waits.js';

/** A gap read shared by the streams waiting for it. */
interface SharedRead {
  answer: Promise<Start>;
  waiters: number;
  /** Stops the read (its deadline passed, or no stream waits any more) and forgets it. */
  stop(reason?: unknown): void;
}

/** The gap reads of a bridge in flight: the streams that see one gap read the log once. */
const gapReads = new WeakMap<BridgeRuntime, Map<string, SharedRead>>();

/**
 * What the log holds after `cursor`, read once for every stream of the tenant at that cursor that
 * received the same event (`seen`): a read shared with a stream that received a later event
 * could have started before that event was appended.
 *
 * The read is bounded: an answer must reach `seen` (appended before it was published, so a log
 * that does not have it yet is a replica behind, and is asked again after a pause) within
 * `stream.heartbeatMs`; past that, or when a read hangs, it rejects and is forgotten, so the
 * streams end (the client resumes from its last id) instead of waiting behind it. A lagging answer
 * is never returned: a stream never goes back to an id it already sent past. `signal` aborting
 * (the stream ended) stops this stream's wait, and the read itself once no stream waits for it;
 * no timer outlives it.
 */
export function readGap(
  runtime: BridgeRuntime,
  tenantId: string,
  cursor: string,
  seen: string,
  signal: AbortSignal,
): Promise<Start> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let reads = gapReads.get(runtime);
  if (!reads) {
    reads = new Map();
    gapReads.set(runtime, reads);
  }
  const key = `${tenantId}\u0000${cursor}\u0000${seen}`;
  let read = reads.get(key);
  if (!read) {
    read = startGapRead(runtime, reads, key, { tenantId, cursor, seen });
    reads.set(key, read);
  }
  return waitFor(read, signal);
}

/** Starts a shared gap read, and its deadline: it stops itself when it settles or the deadline passes. */
function startGapRead(
  runtime: BridgeRuntime,
  reads: Map<string, SharedRead>,
  key: string,
  gap: { tenantId: string; cursor: string; seen: string },
): SharedRead {
  const controller = new AbortController();
  const ms = runtime.stream.heartbeatMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (reason?: unknown): void => {
    clearTimeout(timer);
    if (reads.get(key) === read) reads.delete(key);
    controller.abort(reason);
  };
  const answer = readUpTo(runtime, gap, controller.signal).finally(() => stop());
  // Every stream may have stopped waiting: a rejection then has no one to tell.
  answer.catch(() => undefined);
  const read: SharedRead = { answer, waiters: 0, stop };
  timer = setTimeout(
    () =>
      stop(new Error(`The event log did not return the missed events within ${ms} ms (stream.heartbeatMs).`)),
    ms,
  );
  return read;
}

/** Reads the log after `cursor` until an answer reaches `seen`; rejects once `signal` aborts. */
async function readUpTo(
  runtime: BridgeRuntime,
  { tenantId, cursor, seen }: { tenantId: string; cursor: string; seen: string },
  signal: AbortSignal,
): Promise<Start> {
  for (let pause = REREAD_FIRST_MS; ; pause = Math.min(pause * 2, REREAD_MAX_MS)) {
    const found = await untilAborted(replay(runtime, tenantId, cursor), signal);
    if (compareEventIds(found.cursor, seen) >= 0) return found;
    await sleep(pause, signal);
  }
}

/** One stream's wait for a shared read; the last stream to stop waiting stops the read. */
function waitFor(read: SharedRead, signal: AbortSignal): Promise<Start> {
  read.waiters += 1;
  let waiting = true;
  const leave = (): void => {
    if (!waiting) return;
    waiting = false;
    read.waiters -= 1;
    signal.removeEventListener('abort', onAbort);
    if (read.waiters === 0) read.stop(signal.reason);
  };
  const onAbort = (): void => leave();
  signal.addEventListener('abort', onAbort, { once: true });
  return untilAborted(read.answer, signal).finally(leave);
}
