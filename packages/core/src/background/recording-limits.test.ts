import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import { type Job, ShutdownError } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { DEFAULT_MAX_RECORDING_BYTES, type InteractionJobData, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';

// A recording host that is broken or hostile: a body larger than `recordings.maxBytes`, announced
// or streamed, or one that stalls behind a fetcher that does not pass the job's signal on.

const URL_1 = 'https://recordings.test/rec/call-1.mp3?token=s3cr3t';
const KEY = 'tenant-1/RINGOVER/call-1';
const server = setupServer();
let pulled = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  pulled = 0;
});
afterAll(() => server.close());

/** An audio body of 4 MiB in 1 KiB chunks, counting the chunks read. */
function bigAudio(): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > 4096) controller.close();
      else controller.enqueue(new Uint8Array(1024).fill(7));
    },
  });
}

const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const job = (attempt: number, signal?: AbortSignal): Job<InteractionJobData> => ({
  id: 'j',
  name: RECORDING_DOWNLOAD_JOB,
  data,
  attempt,
  ...(signal ? { signal } : {}),
});
const record = (runtime: BridgeRuntime) => runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');

async function bridgeWithRecording(maxBytes?: number) {
  const { bridge } = await testBridge({ background: false, recordings: maxBytes ? { maxBytes } : {} });
  await bridge.ingest(
    callEvent({ kind: 'recording_available', deliveryId: 'd-rec', recording: { url: URL_1 } }),
  );
  return bridge;
}

describe('callbridge.recording.download size and time limits', () => {
  it('fails at once, storing nothing, when the body streams past recordings.maxBytes', async () => {
    server.use(
      http.get(
        'https://recordings.test/rec/call-1.mp3',
        () => new HttpResponse(bigAudio(), { headers: { 'content-type': 'audio/mpeg' } }),
      ),
    );
    const bridge = await bridgeWithRecording(64 * 1024);
    // A permanent failure: no throw, so the queue does not try again.
    await recordingDownloadHandler(bridge.runtime)(job(1));
    const metadata = (await record(bridge.runtime))?.metadata;
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toContain('larger than 65536 bytes');
    expect(await bridge.runtime.blobs.head(KEY)).toBeNull();
    // Stopped right after the limit (plus what the stream had buffered), not read on and on.
    expect(pulled).toBeLessThan(200);
  });

  it('fails at once, reading nothing, when Content-Length announces more than recordings.maxBytes', async () => {
    server.use(
      http.get(
        'https://recordings.test/rec/call-1.mp3',
        () =>
          new HttpResponse(new Uint8Array(2048), {
            headers: { 'content-type': 'audio/mpeg', 'content-length': '2048' },
          }),
      ),
    );
    const bridge = await bridgeWithRecording(1024);
    await recordingDownloadHandler(bridge.runtime)(job(1));
    const metadata = (await record(bridge.runtime))?.metadata;
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toContain('larger than 1024 bytes');
    expect(await bridge.runtime.blobs.head(KEY)).toBeNull();
  });

  it('has a default limit of 512 MiB', async () => {
    const bridge = await bridgeWithRecording();
    // No HTTP: a fetcher whose answer announces one byte more than the default limit.
    bridge.runtime.recordingFetchers?.register(
      'ringover',
      async () =>
        new Response(new Uint8Array([0x49, 0x44, 0x33]), {
          headers: {
            'content-type': 'audio/mpeg',
            'content-length': String(DEFAULT_MAX_RECORDING_BYTES + 1),
          },
        }),
    );
    await recordingDownloadHandler(bridge.runtime)(job(1));
    const metadata = (await record(bridge.runtime))?.metadata;
    expect(DEFAULT_MAX_RECORDING_BYTES).toBe(512 * 1024 * 1024);
    expect(metadata?.recordingStatus).toBe('failed');
    expect(metadata?.lastError).toContain(`larger than ${DEFAULT_MAX_RECORDING_BYTES} bytes`);
    expect(await bridge.runtime.blobs.head(KEY)).toBeNull();
  });

  it("ends a stalled body when the job's signal aborts, even if the fetcher did not pass the signal on", async () => {
    const bridge = await bridgeWithRecording();
    let cancelled: unknown = null;
    bridge.runtime.recordingFetchers?.register('ringover', async () => {
      // Like an SDK that sends its own request: one chunk, then the host goes quiet.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array([0x49, 0x44, 0x33]));
        },
        cancel(reason) {
          cancelled = reason;
        },
      });
      return new Response(body, { headers: { 'content-type': 'audio/mpeg' } });
    });
    const controller = new AbortController();
    const run = recordingDownloadHandler(bridge.runtime)(job(1, controller.signal));
    await vi.waitFor(async () =>
      expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('downloading'),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(new ShutdownError());
    await expect(run).rejects.toMatchObject({ code: 'upstream_error' });
    expect(cancelled).toBeInstanceOf(ShutdownError);
    expect(await bridge.runtime.blobs.head(KEY)).toBeNull();
  });
});
