import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import { MemoryJobQueue } from '../memory/job-queue.js';
import { type Job, ShutdownError } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { type InteractionJobData, jobIdFor, RECORDING_ATTEMPTS, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';

// A recording download whose job signal aborts: cut off by close() (a ShutdownError, the try does
// not count) or stopped by its queue for another reason (the try counts, the last one fails it).

const URL_1 = 'https://recordings.test/rec/call-1.mp3?token=s3cr3t';
const server = setupServer();
let hits = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  hits = 0;
});
afterAll(() => server.close());

/** Answers `statuses` in order, then never answers (the provider is slow). */
function serveThenHang(statuses: number[] = []) {
  server.use(
    http.get('https://recordings.test/rec/call-1.mp3', async () => {
      hits += 1;
      const status = statuses.shift();
      if (status !== undefined) return new HttpResponse(null, { status });
      return new Promise<never>(() => {});
    }),
  );
}

const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const recordingEvent = () =>
  callEvent({ kind: 'recording_available', deliveryId: 'd-rec', recording: { url: URL_1 } });
const record = (runtime: BridgeRuntime) => runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');

/** Runs the handler on try `attempt` with a signal, aborts it with `reason` once the provider was called. */
async function abortedTry(runtime: BridgeRuntime, attempt: number, reason: unknown) {
  const controller = new AbortController();
  const job: Job<InteractionJobData> = {
    id: 'j',
    name: RECORDING_DOWNLOAD_JOB,
    data,
    attempt,
    signal: controller.signal,
  };
  const run = recordingDownloadHandler(runtime)(job);
  const before = hits;
  await vi.waitFor(() => expect(hits).toBe(before + 1));
  controller.abort(reason);
  return run;
}

describe('callbridge.recording.download with an aborted job signal', () => {
  it('leaves a download cut off by close() on its last try pending, not failed, so it runs again', async () => {
    serveThenHang();
    const { bridge } = await testBridge(); // Not started: the test runs the handler itself.
    await bridge.ingest(recordingEvent());
    const run = abortedTry(bridge.runtime, RECORDING_ATTEMPTS, new ShutdownError());
    await expect(run).rejects.toMatchObject({ code: 'upstream_error' });
    const m = (await record(bridge.runtime))?.metadata;
    expect(m?.recordingStatus).toBe('downloading');
    expect(m?.recordingFailures).toBeUndefined();
    // A later event (a provider retry) enqueues the same download again, under the same job id.
    const enqueue = vi.spyOn(bridge.runtime.jobs, 'enqueue');
    await bridge.ingest(callEvent({ kind: 'ended', durationSeconds: 9 }));
    expect(enqueue.mock.calls.map((call) => [call[0], call[2]?.jobId])).toEqual([
      [RECORDING_DOWNLOAD_JOB, jobIdFor(RECORDING_DOWNLOAD_JOB, data)],
    ]);
  });

  it('counts a try its queue aborted for another reason (a cancellation, a time limit): the last one fails it', async () => {
    serveThenHang();
    const { bridge } = await testBridge({ background: false });
    await bridge.ingest(recordingEvent());
    // An earlier try: it throws for the queue to retry, the record still downloading.
    const cancelled = new Error('cancelled by the queue');
    await expect(abortedTry(bridge.runtime, 1, cancelled)).rejects.toMatchObject({ code: 'upstream_error' });
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('downloading');
    // The last try: failed for good, as after any other failure, so a new event re-arms it.
    const timedOut = new DOMException('The job took too long.', 'TimeoutError');
    const last = abortedTry(bridge.runtime, RECORDING_ATTEMPTS, timedOut);
    await expect(last).rejects.toMatchObject({ code: 'upstream_error' });
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      recordingStatus: 'failed',
      recordingFailures: 1,
      lastError: expect.stringContaining('The job took too long.'),
    });
  });

  it('MemoryJobQueue: close() on the last try leaves the download pending and lists no failure', async () => {
    serveThenHang([503, 503, 503, 503]);
    const jobs = new MemoryJobQueue();
    const { bridge } = await testBridge({ background: false, stores: { jobs } });
    await bridge.ingest(recordingEvent());
    jobs.process(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(bridge.runtime));
    await jobs.enqueue(RECORDING_DOWNLOAD_JOB, data, {
      jobId: jobIdFor(RECORDING_DOWNLOAD_JOB, data),
      attempts: RECORDING_ATTEMPTS,
      backoff: { type: 'fixed', delayMs: 1 },
    });
    await vi.waitFor(() => expect(hits).toBe(RECORDING_ATTEMPTS)); // the last try is running
    await bridge.close();
    expect((await record(bridge.runtime))?.metadata).toMatchObject({ recordingStatus: 'downloading' });
    expect((await record(bridge.runtime))?.metadata.recordingFailures).toBeUndefined();
    expect(await jobs.failed()).toEqual([]);
  });
});
