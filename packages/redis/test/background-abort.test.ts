import {
  AI_ATTEMPTS,
  AI_PROCESS_JOB,
  type AiPorts,
  aiProcessHandler,
  type CallBridge,
  createCallBridge,
  enqueueFollowUps,
  followUpSettings,
  type InteractionJobData,
  type InteractionMetadata,
  jobIdFor,
  MemoryBlobStore,
  MemoryContactDirectory,
  MemoryInteractionStore,
  RECORDING_ATTEMPTS,
  RECORDING_DOWNLOAD_JOB,
  type RecordingFetch,
  recordingBlobKey,
  recordingDownloadHandler,
  staticTenants,
} from '@callbridge/core';
import { Worker } from 'bullmq';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { encodeJobId, queueNameOf } from '../src/job-ids.js';
import { BullMQJobQueue } from '../src/job-queue.js';
import { usePrefix } from './suite-setup.js';
import { redisUrl, waitFor } from './support.js';
import { TENANT } from './tenant.js';

// The background jobs of two bridges ("instances") sharing one BullMQ queue and one record store,
// when their job signal aborts: cut off by close() (the try does not count, the next instance
// runs the job) or cancelled by BullMQ (the try counts, the last one fails the work).

const fastRetry = { type: 'fixed', delayMs: 10 } as const;

/** Resolves never; rejects with the signal's reason once it aborts (a provider that honours it). */
const untilAborted = (signal: AbortSignal | null | undefined) =>
  new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));

describe.skipIf(!redisUrl)('background jobs on BullMQ whose signal aborts', () => {
  const prefix = usePrefix('bg-abort');
  let interactions: MemoryInteractionStore;
  let blobs: MemoryBlobStore;
  /** The call of the running test: each test its own, as they share the queue (and job ids). */
  let data: InteractionJobData;
  let calls = 0;
  const bridges: CallBridge[] = [];
  /** Every BullMQ worker started, to cancel a running job as BullMQ's own API does. */
  const workers: Worker[] = [];
  const run = Worker.prototype.run;
  vi.spyOn(Worker.prototype, 'run').mockImplementation(function (this: Worker) {
    workers.push(this);
    return run.call(this);
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(async () => {
    await Promise.all(bridges.splice(0).map((bridge) => bridge.close()));
    workers.length = 0;
  });

  /** One instance: its own bridge and BullMQ queue; the record and blob stores are shared. */
  function instance(options: { ai?: AiPorts; background?: boolean; fetch?: RecordingFetch }) {
    const jobs = new BullMQJobQueue({ connection: { host: '127.0.0.1', port: 6379 }, prefix });
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ ...TENANT }]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory(),
      stores: { interactions, blobs, jobs },
      ...(options.ai ? { ai: options.ai } : {}),
      background: options.background ?? false,
    });
    if (options.fetch) bridge.runtime.recordingFetchers?.register('ringover', options.fetch);
    bridges.push(bridge);
    return { bridge, jobs };
  }

  async function newCall(metadata: InteractionMetadata) {
    calls += 1;
    data = { tenantId: TENANT.id, source: 'RINGOVER', sourceRecordId: `call-${calls}` };
    interactions = new MemoryInteractionStore();
    blobs = new MemoryBlobStore();
    await interactions.upsert({
      ...data,
      eventType: 'CALL',
      occurredAt: '2026-02-17T10:30:00.000Z',
      contactId: null,
      caseId: null,
      metadata,
      insights: null,
      locale: 'en',
    });
  }
  const record = () => interactions.getBySource(TENANT.id, 'RINGOVER', data.sourceRecordId);
  const metadata = async () => (await record())?.metadata;

  const recordingCall = () =>
    newCall({ recordingUrl: 'https://recordings.test/rec/1.mp3?token=t0k', recordingStatus: 'available' });

  /** A fetcher that answers 503 until the last try, which hangs until its signal aborts. */
  function failingUntilLastTry() {
    let tries = 0;
    const fetch: RecordingFetch = async (_url, init) => {
      tries += 1;
      if (tries < RECORDING_ATTEMPTS) return new Response(null, { status: 503 });
      return untilAborted(init.signal);
    };
    return { fetch, tries: () => tries };
  }

  /** The failed jobs of the running test's call (earlier tests' jobs stay in the shared queue). */
  const failedOfCall = async (jobs: BullMQJobQueue, name: string) =>
    (await jobs.failed(name)).filter((job) => job.id === jobIdFor(name, data));

  async function enqueueDownload(jobs: BullMQJobQueue) {
    await jobs.enqueue(RECORDING_DOWNLOAD_JOB, data, {
      jobId: jobIdFor(RECORDING_DOWNLOAD_JOB, data),
      attempts: RECORDING_ATTEMPTS,
      backoff: fastRetry,
    });
  }

  it('a download BullMQ cancels on its last try counts: the recording is failed and the job listed', async () => {
    await recordingCall();
    const provider = failingUntilLastTry();
    const { bridge, jobs } = instance({ fetch: provider.fetch });
    jobs.process(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(bridge.runtime));
    await enqueueDownload(jobs);
    await waitFor(() => provider.tries() === RECORDING_ATTEMPTS, 10_000);
    const worker = workers.find((w) => w.name === queueNameOf('callbridge', RECORDING_DOWNLOAD_JOB));
    const id = encodeJobId(jobIdFor(RECORDING_DOWNLOAD_JOB, data));
    await waitFor(() => worker?.cancelJob(id, 'cancelled by an operator') === true);
    await waitFor(async () => (await failedOfCall(jobs, RECORDING_DOWNLOAD_JOB)).length === 1);
    expect(await failedOfCall(jobs, RECORDING_DOWNLOAD_JOB)).toMatchObject([
      { id: jobIdFor(RECORDING_DOWNLOAD_JOB, data), attempts: RECORDING_ATTEMPTS },
    ]);
    expect(await metadata()).toMatchObject({
      recordingStatus: 'failed',
      recordingFailures: 1,
      lastError: expect.stringContaining('cancelled by an operator'),
    });
  });

  it('a download cut off by close() on its last try stays downloading, and the next instance stores it', async () => {
    await recordingCall();
    const provider = failingUntilLastTry();
    const first = instance({ fetch: provider.fetch });
    first.jobs.process(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(first.bridge.runtime));
    await enqueueDownload(first.jobs);
    await waitFor(() => provider.tries() === RECORDING_ATTEMPTS, 10_000);
    await first.bridge.close();
    expect(await metadata()).toMatchObject({ recordingStatus: 'downloading' });
    expect((await metadata())?.recordingFailures).toBeUndefined();

    const audio = () =>
      new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'audio/mpeg' } });
    const second = instance({ fetch: async () => audio() });
    second.jobs.process(RECORDING_DOWNLOAD_JOB, recordingDownloadHandler(second.bridge.runtime));
    await waitFor(async () => (await metadata())?.recordingStatus === 'stored');
    expect(await failedOfCall(second.jobs, RECORDING_DOWNLOAD_JOB)).toEqual([]);
  });

  it('an AI job cut off by close() on its last try runs again on the next instance; enqueueing it again is harmless', async () => {
    await newCall({ recordingStatus: 'stored' });
    await blobs.put(recordingBlobKey(data), new TextEncoder().encode('hello there'), {
      contentType: 'audio/mpeg',
    });
    let tries = 0;
    const hanging: AiPorts = {
      transcriber: {
        async transcribe({ signal }) {
          tries += 1;
          if (tries < AI_ATTEMPTS) throw new Error('the provider is down');
          return untilAborted(signal); // the last try: the bridge closes meanwhile
        },
      },
    };
    const first = instance({ ai: hanging });
    first.jobs.process(AI_PROCESS_JOB, aiProcessHandler(first.bridge.runtime));
    await first.jobs.enqueue(AI_PROCESS_JOB, data, {
      jobId: jobIdFor(AI_PROCESS_JOB, data),
      attempts: AI_ATTEMPTS,
      backoff: fastRetry,
    });
    await waitFor(() => tries === AI_ATTEMPTS, 10_000);
    await first.bridge.close();
    expect(await metadata()).toMatchObject({ transcriptStatus: 'failed' });
    expect((await metadata())?.aiCompletedAt).toBeUndefined();

    // The next instance, as the CRM runs it: the background jobs of bridge.start().
    const working: AiPorts = {
      transcriber: {
        async transcribe({ audio }) {
          const text = await new Response(audio).text();
          return { text, segments: [{ speaker: 'agent', start: 0, end: 1, text }] };
        },
      },
    };
    const second = instance({ ai: working, background: true });
    await second.bridge.start();
    // A later event of the call enqueues the AI job again: the same id, so the waiting job is kept.
    const runtime = second.bridge.runtime;
    expect(await enqueueFollowUps(runtime, (await record())!, followUpSettings(runtime))).toEqual([
      AI_PROCESS_JOB,
    ]);
    await waitFor(async () => typeof (await metadata())?.aiCompletedAt === 'string', 10_000);
    expect(await metadata()).toMatchObject({ transcriptStatus: 'completed', transcript: 'hello there' });
    expect(await failedOfCall(second.jobs, AI_PROCESS_JOB)).toEqual([]);
  });
});
