import type { Job } from '@callbridge/core';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from '../test/support.js';
import { decodeJobId, encodeJobId } from './job-ids.js';
import { BullMQJobQueue } from './job-queue.js';

describe('job ids', () => {
  it('round-trips ids BullMQ would refuse (colons, integers)', () => {
    for (const id of ['recording:t1:123', '42', 'plain', 'é/%:']) {
      const encoded = encodeJobId(id);
      expect(encoded).not.toContain(':');
      expect(`${Number.parseInt(encoded, 10)}`).not.toBe(encoded);
      expect(decodeJobId(encoded)).toBe(id);
    }
    expect(decodeJobId('17')).toBe('17');
  });
});

describe('BullMQJobQueue options', () => {
  it('refuses a maxStalledCount that is not a whole number, 0 or more', () => {
    for (const maxStalledCount of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(
        () => new BullMQJobQueue({ connection: { host: '127.0.0.1', port: 1 }, maxStalledCount }),
      ).toThrow(/maxStalledCount must be a whole number/);
    }
  });
});

describe('BullMQJobQueue lockDurationMs and stalledIntervalMs', () => {
  it('refuses what is not a finite positive number of ms (a timer that long fires at once)', () => {
    for (const name of ['lockDurationMs', 'stalledIntervalMs'] as const) {
      for (const value of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31]) {
        expect(
          () => new BullMQJobQueue({ connection: { host: '127.0.0.1', port: 1 }, [name]: value }),
        ).toThrow(new RegExp(`${name} must be a finite positive number of ms`));
      }
    }
  });
});

describe('BullMQJobQueue enqueueTimeoutMs', () => {
  it('refuses a deadline that is not a positive number of ms', () => {
    for (const enqueueTimeoutMs of [0, -1, Number.NaN]) {
      expect(
        () => new BullMQJobQueue({ connection: { host: '127.0.0.1', port: 1 }, enqueueTimeoutMs }),
      ).toThrow(/enqueueTimeoutMs must be a positive number of ms/);
    }
  });
});

describe('BullMQJobQueue without a reachable Redis', () => {
  it('rejects enqueue with store_unavailable after enqueueTimeoutMs instead of hanging, and closes', async () => {
    const q = new BullMQJobQueue({ connection: { host: '127.0.0.1', port: 1 }, enqueueTimeoutMs: 200 });
    const started = Date.now();
    await expect(q.enqueue('nowhere', {})).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
    expect(Date.now() - started).toBeLessThan(2000);
    await q.close();
  });
});

describe.skipIf(!redisUrl)('BullMQJobQueue (real Redis)', () => {
  const prefix = uniquePrefix('jobs');
  let redis: Redis;
  const queues: BullMQJobQueue[] = [];
  const make = () => {
    const q = new BullMQJobQueue({ connection: { ...redis.options, maxRetriesPerRequest: null }, prefix });
    queues.push(q);
    return q;
  };

  beforeAll(() => {
    redis = testClient();
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((q) => q.close()));
  });
  afterAll(async () => {
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('waits for Redis without a deadline when enqueueTimeoutMs is Infinity', async () => {
    const q = new BullMQJobQueue({
      connection: { ...redis.options, maxRetriesPerRequest: null },
      prefix,
      enqueueTimeoutMs: Number.POSITIVE_INFINITY,
    });
    queues.push(q);
    await q.enqueue('patient', { n: 1 }, { jobId: 'patient-1', delayMs: 60_000 });
    expect(await redis.exists(`${q.bullPrefix}:callbridge-patient:cb-patient-1`)).toBe(1);
  });

  it('runs a job with its data, name, decoded id and attempt 1', async () => {
    const q = make();
    const seen: Job[] = [];
    q.process('hello', async (job) => {
      seen.push(job);
    });
    await q.enqueue('hello', { n: 1 }, { jobId: 'hello:t1:1' });
    await waitFor(() => seen.length === 1);
    const { signal, ...job } = seen[0]!;
    expect(job).toEqual({ id: 'hello:t1:1', name: 'hello', data: { n: 1 }, attempt: 1 });
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal?.aborted).toBe(false);
  });

  it('enqueues a job id once while the first is kept', async () => {
    const q = make();
    await q.enqueue('dup', { n: 1 }, { jobId: 'same', delayMs: 60_000 });
    await q.enqueue('dup', { n: 2 }, { jobId: 'same', delayMs: 60_000 });
    const keys = await redis.keys(`${q.bullPrefix}:callbridge-dup:cb-same`);
    expect(keys).toHaveLength(1);
    expect(JSON.parse((await redis.hget(keys[0]!, 'data')) ?? 'null')).toEqual({ n: 1 });
  });

  it('frees the id of a completed job, so it can be enqueued again', async () => {
    const q = make();
    const runs: unknown[] = [];
    q.process('again', async (job) => {
      runs.push(job.data);
    });
    await q.enqueue('again', { n: 1 }, { jobId: 'again-1' });
    await waitFor(() => runs.length === 1);
    await waitFor(async () => (await redis.exists(`${q.bullPrefix}:callbridge-again:cb-again-1`)) === 0);
    await q.enqueue('again', { n: 2 }, { jobId: 'again-1' });
    await waitFor(() => runs.length === 2);
    expect(runs).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('uses exponential backoff from 1 s when enqueue does not say', async () => {
    const q = make();
    await q.enqueue('defaults', {}, { jobId: 'd1', delayMs: 60_000 });
    const opts = JSON.parse((await redis.hget(`${q.bullPrefix}:callbridge-defaults:cb-d1`, 'opts')) ?? '{}');
    expect(opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
  });

  it('delays a job by delayMs', async () => {
    const q = make();
    const started = Date.now();
    let ranAt = 0;
    q.process('later', async () => {
      ranAt = Date.now();
    });
    await q.enqueue('later', {}, { delayMs: 300 });
    await waitFor(() => ranAt > 0);
    expect(ranAt - started).toBeGreaterThanOrEqual(290);
  });

  it('retries with exponential backoff, then keeps the failed job listable', async () => {
    const q = make();
    const times: number[] = [];
    const attempts: number[] = [];
    q.process('flaky', async (job) => {
      times.push(Date.now());
      attempts.push(job.attempt);
      throw new Error(`boom ${job.attempt}`);
    });
    await q.enqueue(
      'flaky',
      { x: 1 },
      { jobId: 'flaky-1', attempts: 3, backoff: { type: 'exponential', delayMs: 100 } },
    );
    await waitFor(async () => (await q.failed('flaky')).length === 1, 8000);
    expect(attempts).toEqual([1, 2, 3]);
    const gap1 = times[1]! - times[0]!;
    const gap2 = times[2]! - times[1]!;
    expect(gap1).toBeGreaterThanOrEqual(95);
    expect(gap2).toBeGreaterThanOrEqual(195);
    const [failed] = await q.failed('flaky');
    expect(failed).toEqual({ id: 'flaky-1', name: 'flaky', data: { x: 1 }, attempts: 3, error: 'boom 3' });
    expect(await q.failed()).toContainEqual(failed);
  });

  it('succeeds on a later attempt with fixed backoff and is then not failed', async () => {
    const q = make();
    let tries = 0;
    let done = false;
    q.process('eventually', async () => {
      tries += 1;
      if (tries < 2) throw new Error('not yet');
      done = true;
    });
    await q.enqueue('eventually', {}, { attempts: 3, backoff: { type: 'fixed', delayMs: 50 } });
    await waitFor(() => done);
    expect(tries).toBe(2);
    expect(await q.failed('eventually')).toEqual([]);
  });

  it('runs up to `concurrency` jobs at once', async () => {
    const q = make();
    let running = 0;
    let peak = 0;
    let finished = 0;
    q.process(
      'parallel',
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(100);
        running -= 1;
        finished += 1;
      },
      { concurrency: 3 },
    );
    await Promise.all(Array.from({ length: 6 }, (_, i) => q.enqueue('parallel', { i })));
    await waitFor(() => finished === 6);
    expect(peak).toBe(3);
  });

  it('lists failed jobs of names registered by another instance', async () => {
    const worker = make();
    worker.process('elsewhere', async () => {
      throw new Error('nope');
    });
    await worker.enqueue('elsewhere', {}, { jobId: 'e1', attempts: 1 });
    await waitFor(async () => (await worker.failed('elsewhere')).length === 1);
    const observer = make();
    expect((await observer.failed()).map((f) => f.id)).toContain('e1');
  });

  it('refuses a second handler for the same name', () => {
    const q = make();
    q.process('once', async () => {});
    expect(() => q.process('once', async () => {})).toThrow(/already registered/);
  });

  it('puts a job that close() cut off on its last try back in the queue, for the next instance to run', async () => {
    const first = make();
    let started = 0;
    first.process('cut', async (job) => {
      started += 1;
      if (job.attempt === 1) throw new Error('a real failure');
      // The last try honours its signal, as the AI pipeline and the recording download do.
      await new Promise<void>((resolve) => job.signal?.addEventListener('abort', () => resolve()));
      throw new Error('interrupted');
    });
    await first.enqueue(
      'cut',
      { n: 1 },
      { jobId: 'ai:t1:c1', attempts: 2, backoff: { type: 'fixed', delayMs: 20 } },
    );
    await waitFor(() => started === 2);
    await first.close();
    // Not failed: back in the wait list, the interrupted try not counted.
    const key = `${first.bullPrefix}:callbridge-cut:${encodeJobId('ai:t1:c1')}`;
    expect(await redis.lrange(`${first.bullPrefix}:callbridge-cut:wait`, 0, -1)).toEqual([
      encodeJobId('ai:t1:c1'),
    ]);
    expect(await redis.hget(key, 'atm')).toBe('1');

    // A restart, with no new enqueue: the job runs again, on its last try.
    const second = make();
    const seen: Array<{ id: string; attempt: number; data: unknown }> = [];
    second.process('cut', async (job) => {
      seen.push({ id: job.id, attempt: job.attempt, data: job.data });
    });
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual([{ id: 'ai:t1:c1', attempt: 2, data: { n: 1 } }]);
    expect(await second.failed('cut')).toEqual([]);
  });

  it('keeps a job that really failed its last try failed while close() runs, and its id taken', async () => {
    const q = make();
    let tries = 0;
    q.process('final', async () => {
      tries += 1;
      throw new Error('really broken');
    });
    await q.enqueue('final', {}, { jobId: 'final-1', attempts: 1 });
    await waitFor(async () => (await q.failed('final')).length === 1);
    await q.close();
    const next = make();
    await next.enqueue('final', {}, { jobId: 'final-1', attempts: 1 });
    next.process('final', async () => {
      tries += 1;
    });
    await sleep(300);
    expect(tries).toBe(1);
    expect((await next.failed('final')).map((f) => f.error)).toEqual(['really broken']);
  });

  it('close() waits for running jobs, then refuses new work', async () => {
    const q = make();
    let finished = false;
    let started = false;
    q.process('slow', async () => {
      started = true;
      await sleep(300);
      finished = true;
    });
    await q.enqueue('slow', {});
    await waitFor(() => started);
    await q.close();
    expect(finished).toBe(true);
    await expect(q.enqueue('slow', {})).rejects.toMatchObject({ code: 'store_unavailable' });
  });
});
