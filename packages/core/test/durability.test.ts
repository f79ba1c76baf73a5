import {
  createCallBridge,
  type EnqueueOptions,
  isCallbridgeError,
  type JobQueue,
  MemoryContactDirectory,
  MemoryJobQueue,
  RECORDING_DOWNLOAD_JOB,
  staticTenants,
} from '@callbridge/core';
import { makeCallEvent } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';

// Invariant 1: nothing is answered 2xx before it is durably stored, and that includes the
// background work a delivery owes: when the job queue refuses the recording download, the
// delivery fails with 503, its claim is released, and the provider's retry enqueues it.

/** A job queue whose `enqueue` fails while `down`, recording what it accepted. */
function flakyQueue(): JobQueue & { down: boolean; accepted: string[] } {
  const inner = new MemoryJobQueue();
  const queue = {
    down: true,
    accepted: [] as string[],
    async enqueue<T>(name: string, data: T, options?: EnqueueOptions) {
      if (queue.down) throw new Error('queue connection refused');
      queue.accepted.push(name);
      await inner.enqueue(name, data, options);
    },
    process: inner.process.bind(inner),
    failed: inner.failed.bind(inner),
    close: inner.close.bind(inner),
  };
  return queue;
}

describe('invariant 1: background work is part of what a 2xx promises', () => {
  it('answers 503 while the job queue is down, then the retry enqueues the download once', async () => {
    const jobs = flakyQueue();
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ id: 'tenant-1', key: 'k1' }]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory(),
      stores: { jobs },
    });
    const event = makeCallEvent({
      kind: 'recording_available',
      recording: { url: 'https://cdn.example.com/rec/1.mp3' },
    });
    const failure = await bridge.ingest(event).catch((error: unknown) => error);
    expect(isCallbridgeError(failure) && [failure.code, failure.status]).toEqual(['store_unavailable', 503]);
    expect(jobs.accepted).toEqual([]);

    jobs.down = false;
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'stored' });
    expect(jobs.accepted).toEqual([RECORDING_DOWNLOAD_JOB]);
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'duplicate' });
    expect(jobs.accepted).toEqual([RECORDING_DOWNLOAD_JOB]);
    await bridge.close();
  });
});
