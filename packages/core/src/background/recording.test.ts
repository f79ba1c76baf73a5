import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { callEvent, TENANT, testBridge } from '../ingest/harness.test-util.js';
import { MemoryJobQueue } from '../memory/job-queue.js';
import type { EnqueueOptions, Job } from '../ports/jobs.js';
import type { BridgeRuntime } from '../runtime.js';
import { type InteractionJobData, RECORDING_ATTEMPTS, RECORDING_DOWNLOAD_JOB } from './jobs.js';
import { recordingDownloadHandler } from './recording.js';

const URL_1 = 'https://recordings.test/rec/call-1.mp3?token=s3cr3t';
const AUDIO = new Uint8Array([0x49, 0x44, 0x33, 1, 2, 3, 4, 5, 6, 7]);
const server = setupServer();
let hits = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  hits = 0;
});
afterAll(() => server.close());

/** Serves AUDIO in two chunks, counting requests; `statuses` are answered first, in order. */
function serveAudio(statuses: number[] = []) {
  server.use(
    http.get('https://recordings.test/rec/call-1.mp3', ({ request }) => {
      hits += 1;
      const status = statuses.shift();
      if (status !== undefined) return new HttpResponse(null, { status });
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(AUDIO.slice(0, 4));
          controller.enqueue(AUDIO.slice(4));
          controller.close();
        },
      });
      return new HttpResponse(body, {
        headers: { 'content-type': 'audio/mpeg', 'x-auth-seen': request.headers.get('authorization') ?? '' },
      });
    }),
  );
}

const recordingEvent = (deliveryId = 'd-rec') =>
  callEvent({ kind: 'recording_available', deliveryId, recording: { url: URL_1 } });

const data: InteractionJobData = { tenantId: TENANT, source: 'RINGOVER', sourceRecordId: 'call-1' };
const job = (attempt: number): Job<InteractionJobData> => ({
  id: 'j',
  name: RECORDING_DOWNLOAD_JOB,
  data,
  attempt,
});

async function readBlob(runtime: BridgeRuntime, key: string): Promise<number[]> {
  const blob = await runtime.blobs.get(key);
  return [...new Uint8Array(await new Response(blob!.body).arrayBuffer())];
}

const record = (runtime: BridgeRuntime) => runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-1');

describe('callbridge.recording.download', () => {
  it('streams the recording into the blob store exactly once and announces each status', async () => {
    serveAudio();
    const { bridge, events } = await testBridge();
    const put = vi.spyOn(bridge.runtime.blobs, 'put');
    await bridge.start();
    await bridge.ingest(recordingEvent());
    await vi.waitFor(async () =>
      expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('stored'),
    );
    const stored = await record(bridge.runtime);
    expect(stored?.metadata).toMatchObject({
      recordingBlobKey: 'tenant-1/RINGOVER/call-1',
      recordingContentType: 'audio/mpeg',
    });
    expect(await readBlob(bridge.runtime, 'tenant-1/RINGOVER/call-1')).toEqual([...AUDIO]);
    expect(put.mock.calls[0]?.[1]).toBeInstanceOf(ReadableStream);
    const statuses = events.map(
      (e) => (e.data as { metadata: { recordingStatus: string } }).metadata.recordingStatus,
    );
    expect(statuses).toEqual(['available', 'downloading', 'stored']);

    // Replays and later events of the same call never download again.
    await bridge.ingest(recordingEvent('d-rec-replay'));
    await bridge.ingest(callEvent({ kind: 'ended', durationSeconds: 30 }));
    await bridge.runtime.jobs.enqueue(RECORDING_DOWNLOAD_JOB, data);
    await bridge.close();
    expect(hits).toBe(1);
    expect(put).toHaveBeenCalledTimes(1);
  });

  it('skips the download when the blob already exists and marks the record stored', async () => {
    serveAudio();
    const { bridge } = await testBridge({ background: false });
    await bridge.ingest(recordingEvent());
    await bridge.runtime.blobs.put('tenant-1/RINGOVER/call-1', AUDIO, { contentType: 'audio/wav' });
    await recordingDownloadHandler(bridge.runtime)(job(1));
    expect(hits).toBe(0);
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      recordingStatus: 'stored',
      recordingContentType: 'audio/wav',
    });
  });

  it('throws on 429 and 5xx so the queue retries, then stores on the next try', async () => {
    serveAudio([503, 429]);
    const { bridge } = await testBridge({ background: false });
    await bridge.ingest(recordingEvent());
    const handler = recordingDownloadHandler(bridge.runtime);
    await expect(handler(job(1))).rejects.toMatchObject({ code: 'upstream_error' });
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('downloading');
    await expect(handler(job(2))).rejects.toMatchObject({ code: 'upstream_error' });
    await handler(job(3));
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('stored');
    expect(hits).toBe(3);
  });

  it('retries when the body breaks off mid-stream, leaving no partial blob behind as stored', async () => {
    server.use(
      http.get('https://recordings.test/rec/call-1.mp3', () => {
        hits += 1;
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(AUDIO.slice(0, 4));
            controller.error(new Error('connection reset'));
          },
        });
        return new HttpResponse(body, { headers: { 'content-type': 'audio/mpeg' } });
      }),
    );
    const { bridge } = await testBridge({ background: false });
    await bridge.ingest(recordingEvent());
    await expect(recordingDownloadHandler(bridge.runtime)(job(1))).rejects.toMatchObject({
      code: 'upstream_error',
    });
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('downloading');
    expect(await bridge.runtime.blobs.head('tenant-1/RINGOVER/call-1')).toBeNull();
  });

  it('marks the recording failed on the last try, without the URL token in lastError', async () => {
    serveAudio([500]);
    const { bridge } = await testBridge({ background: false });
    await bridge.ingest(recordingEvent());
    await expect(recordingDownloadHandler(bridge.runtime)(job(RECORDING_ATTEMPTS))).rejects.toThrow();
    const m = (await record(bridge.runtime))?.metadata;
    expect(m?.recordingStatus).toBe('failed');
    expect(m?.lastError).toContain('HTTP 500');
    expect(m?.lastError).toContain('recordings.test');
    expect(m?.lastError).not.toContain('s3cr3t');
  });

  it('marks a 404 failed at once without retrying; only a new recording event re-arms it', async () => {
    serveAudio([404]);
    const { bridge } = await testBridge();
    await bridge.ingest(recordingEvent());
    await recordingDownloadHandler(bridge.runtime)(job(1));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({ recordingStatus: 'failed' });
    const enqueue = vi.spyOn(bridge.runtime.jobs, 'enqueue');
    await bridge.ingest(callEvent({ kind: 'ended', durationSeconds: 9 }));
    expect(enqueue).not.toHaveBeenCalled();
    await bridge.ingest(recordingEvent('d-rec-again'));
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('available');
    expect(enqueue.mock.calls.map((call) => call[0])).toEqual([RECORDING_DOWNLOAD_JOB]);
  });

  it('never puts a URL token into lastError, logs or the failed job, whatever the error text quotes', async () => {
    const lines: string[] = [];
    const log = (msg: string, fields?: unknown) => void lines.push(JSON.stringify({ msg, fields }));
    const logger = { debug: log, info: log, warn: log, error: log };
    const { bridge } = await testBridge({ background: false, logger });
    bridge.runtime.recordingFetchers?.register('ringover', async (url) => {
      throw new TypeError(`fetch failed for ${url} (Authorization: Bearer tok_abcdef123456)`);
    });
    await bridge.ingest(recordingEvent());
    const handler = recordingDownloadHandler(bridge.runtime);
    const thrown = await handler(job(RECORDING_ATTEMPTS)).catch((error: Error) => error);
    const m = (await record(bridge.runtime))?.metadata;
    expect(m?.recordingStatus).toBe('failed');
    expect(m?.lastError).toContain('https://recordings.test/rec/call-1.mp3');
    for (const text of [String(m?.lastError), String(thrown), ...lines]) {
      expect(text).not.toContain('s3cr3t');
      expect(text).not.toContain('tok_abcdef123456');
    }

    // An unparseable URL fails at once (waiting will not fix it) and its text keeps no query.
    await bridge.ingest(
      callEvent({
        kind: 'recording_available',
        sourceRecordId: 'call-2',
        recording: { url: 'https://[rec.example/r.mp3?access_token=SECRET123' },
      }),
    );
    await recordingDownloadHandler(bridge.runtime)({
      ...job(1),
      data: { ...data, sourceRecordId: 'call-2' },
    });
    const bad = await bridge.runtime.interactions.getBySource(TENANT, 'RINGOVER', 'call-2');
    expect(bad?.metadata.recordingStatus).toBe('failed');
    expect(bad?.metadata.lastError).toMatch(/not a valid absolute URL/);
    expect(JSON.stringify([bad?.metadata.lastError, lines])).not.toContain('SECRET123');
  });

  it('a new recording event after a download that failed on every try runs one new download', async () => {
    /** Retries at once instead of after 2, 4, 8 and 16 s. */
    class FastQueue extends MemoryJobQueue {
      override enqueue<T>(name: string, data: T, options: EnqueueOptions = {}) {
        return super.enqueue(name, data, { ...options, backoff: { type: 'fixed', delayMs: 1 } });
      }
    }
    const jobs = new FastQueue();
    serveAudio(Array.from({ length: RECORDING_ATTEMPTS }, () => 503));
    const { bridge } = await testBridge({ stores: { jobs } });
    await bridge.start();
    await bridge.ingest(recordingEvent());
    await vi.waitFor(async () => expect((await jobs.failed()).length).toBe(1));
    expect((await record(bridge.runtime))?.metadata).toMatchObject({
      recordingStatus: 'failed',
      recordingFailures: 1,
    });
    expect(hits).toBe(RECORDING_ATTEMPTS);
    // The provider sends the recording again, twice: one new download, not two.
    await Promise.all([bridge.ingest(recordingEvent('d-rec-2')), bridge.ingest(recordingEvent('d-rec-3'))]);
    await vi.waitFor(async () =>
      expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('stored'),
    );
    await bridge.ingest(recordingEvent('d-rec-4'));
    await bridge.close();
    expect(hits).toBe(RECORDING_ATTEMPTS + 1);
    expect(await readBlob(bridge.runtime, 'tenant-1/RINGOVER/call-1')).toEqual([...AUDIO]);
  });

  it('refuses a 200 login page or JSON at once, and an empty body after its tries: never stored', async () => {
    const answers: Array<() => Response> = [
      () => new Response('<html>login</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      () => new Response('{"error":"expired"}', { headers: { 'content-type': 'application/json' } }),
    ];
    for (const answer of answers) {
      const { bridge } = await testBridge({ background: false });
      bridge.runtime.recordingFetchers?.register('ringover', async () => answer());
      await bridge.ingest(recordingEvent());
      await recordingDownloadHandler(bridge.runtime)(job(1)); // permanent: no retry
      const m = (await record(bridge.runtime))?.metadata;
      expect(m?.recordingStatus).toBe('failed');
      expect(m?.lastError).toMatch(/answered HTTP 200 with (text\/html|application\/json), not audio/);
      expect(m?.recordingBlobKey ?? null).toBeNull();
      expect(await bridge.runtime.blobs.head('tenant-1/RINGOVER/call-1')).toBeNull();
    }
    const empty = [
      () => new Response(null, { status: 200 }),
      () => new Response(new Uint8Array(0), { headers: { 'content-type': 'audio/mpeg' } }),
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new Uint8Array(0));
              controller.close();
            },
          }),
          { headers: { 'content-type': 'audio/mpeg' } },
        ),
    ];
    for (const answer of empty) {
      const { bridge } = await testBridge({ background: false });
      bridge.runtime.recordingFetchers?.register('ringover', async () => answer());
      await bridge.ingest(recordingEvent());
      const handler = recordingDownloadHandler(bridge.runtime);
      await expect(handler(job(1))).rejects.toMatchObject({ code: 'upstream_error' });
      expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('downloading');
      await expect(handler(job(RECORDING_ATTEMPTS))).rejects.toMatchObject({ code: 'upstream_error' });
      const m = (await record(bridge.runtime))?.metadata;
      expect(m?.recordingStatus).toBe('failed');
      expect(m?.lastError).toMatch(/answered HTTP 200 with an empty body/);
      expect(await bridge.runtime.blobs.head('tenant-1/RINGOVER/call-1')).toBeNull();
    }
  });

  it('stores audio/mpeg and a response without a content type, whole', async () => {
    const { bridge } = await testBridge({ background: false });
    bridge.runtime.recordingFetchers?.register('ringover', async () => new Response(AUDIO));
    await bridge.ingest(recordingEvent());
    await recordingDownloadHandler(bridge.runtime)(job(1));
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('stored');
    expect(await readBlob(bridge.runtime, 'tenant-1/RINGOVER/call-1')).toEqual([...AUDIO]);
  });

  it("uses the provider's registered recording fetcher (credentials)", async () => {
    serveAudio();
    const { bridge } = await testBridge({ background: false });
    const seen: string[] = [];
    bridge.runtime.recordingFetchers?.register('ringover', async (url, init, context) => {
      const token = `token-of-${context.tenantId}-${context.recordingId}`;
      const response = await fetch(url, { ...init, headers: { authorization: `Bearer ${token}` } });
      seen.push(response.headers.get('x-auth-seen') ?? '');
      return response;
    });
    await bridge.ingest(
      callEvent({ kind: 'recording_available', deliveryId: 'd-auth', recording: { url: URL_1, id: 'r9' } }),
    );
    await recordingDownloadHandler(bridge.runtime)(job(1));
    expect(seen).toEqual(['Bearer token-of-tenant-1-r9']);
    expect((await record(bridge.runtime))?.metadata.recordingStatus).toBe('stored');
  });
});
