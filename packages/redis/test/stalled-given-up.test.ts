import {
  createCallBridge,
  type InteractionJobData,
  JOB_BACKOFF,
  jobIdFor,
  MemoryBlobStore,
  MemoryContactDirectory,
  MemoryInteractionStore,
  RECORDING_ATTEMPTS,
  RECORDING_DOWNLOAD_JOB,
  type RecordingFetch,
  staticTenants,
} from '@callbridge/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisPorts } from '../src/ports.js';
import { usePrefix } from './suite-setup.js';
import { redisUrl, sleep, waitFor } from './support.js';
import { TcpProxy } from './tcp-proxy.js';
import { TENANT } from './tenant.js';

// A download whose instance was killed while running it, with maxStalledCount 0: the next
// instance's BullMQ worker fails the job for good ("job stalled more than allowable limit")
// without running its handler again, so no last try marks the recording. The queue's
// onExhausted hook must: the record ends 'failed', not 'downloading' for ever.

const fast = { lockDurationMs: 400, stalledIntervalMs: 100, commandTimeoutMs: 200, maxStalledCount: 0 };

/** Never answers; rejects once the signal aborts (a provider that honours it). */
const hanging: RecordingFetch = (_url, init) =>
  new Promise<Response>((_, reject) =>
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
  );

describe.skipIf(!redisUrl)('a recording download BullMQ fails for good because it stalled', () => {
  const prefix = usePrefix('stall-given-up');
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("marks the record's recording 'failed' through onExhausted, its handler never run again", {
    timeout: 30_000,
  }, async () => {
    const queueName = `q${crypto.randomUUID().slice(0, 8)}`;
    const interactions = new MemoryInteractionStore();
    const blobs = new MemoryBlobStore();
    const data: InteractionJobData = {
      tenantId: TENANT.id,
      source: 'RINGOVER',
      sourceRecordId: 'call-stall',
    };
    await interactions.upsert({
      ...data,
      eventType: 'CALL',
      occurredAt: '2026-02-17T10:30:00.000Z',
      contactId: null,
      caseId: null,
      metadata: { recordingUrl: 'https://recordings.test/rec/1.mp3?token=t0k', recordingStatus: 'available' },
      insights: null,
      locale: 'en',
    });
    const metadata = async () =>
      (await interactions.getBySource(TENANT.id, 'RINGOVER', 'call-stall'))?.metadata;

    /** One instance (a CRM process) with the bridge's background jobs on this queue. */
    async function instance(url: string, fetch: RecordingFetch) {
      const ports = createRedisPorts({
        url,
        redisOptions: { maxRetriesPerRequest: 2 },
        prefix,
        queueName,
        ...fast,
      });
      const bridge = createCallBridge({
        providers: [],
        tenants: staticTenants([{ ...TENANT }]),
        authenticate: () => null,
        contacts: new MemoryContactDirectory(),
        stores: { interactions, blobs, jobs: ports.jobs },
      });
      bridge.runtime.recordingFetchers?.register('ringover', fetch);
      cleanups.push(() => ports.close());
      cleanups.push(() => bridge.close());
      await bridge.start();
      return ports;
    }

    // The first instance takes the download, then dies (its Redis path cut for good).
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.down());
    const first = await instance(`redis://127.0.0.1:${proxy.port}`, hanging);
    await first.jobs.enqueue(RECORDING_DOWNLOAD_JOB, data, {
      jobId: jobIdFor(RECORDING_DOWNLOAD_JOB, data),
      attempts: RECORDING_ATTEMPTS,
      backoff: JOB_BACKOFF,
    });
    await waitFor(async () => (await metadata())?.recordingStatus === 'downloading', 5_000);
    await proxy.down();

    // The survivor's BullMQ finds the job stalled once too often and fails it.
    let fetched = 0;
    const survivor = await instance(redisUrl!, async () => {
      fetched += 1;
      return new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'audio/mpeg' } });
    });
    await waitFor(async () => (await survivor.jobs.failed(RECORDING_DOWNLOAD_JOB)).length > 0, 10_000);
    expect(await survivor.jobs.failed(RECORDING_DOWNLOAD_JOB)).toMatchObject([
      { id: jobIdFor(RECORDING_DOWNLOAD_JOB, data), error: expect.stringMatching(/stalled/) },
    ]);
    await waitFor(async () => (await metadata())?.recordingStatus !== 'downloading', 5_000).catch(() => {});
    await sleep(50);
    expect(fetched).toBe(0);
    expect(await metadata()).toMatchObject({
      recordingStatus: 'failed',
      recordingFailures: 1,
      lastError: expect.stringContaining('job stalled more than allowable limit'),
    });
  });
});
