import type { FailedJob } from '@callbridge/core';
import { type Job as BullJob, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from '../test/support.js';
import { BullMQJobQueue } from './job-queue.js';
import { ExhaustedHooks, failedForGood, STALL_LIMIT_REASON } from './job-queue-exhausted.js';

const bullJob = (attemptsMade: number, attempts?: number) =>
  ({ attemptsMade, opts: attempts === undefined ? {} : { attempts } }) as unknown as BullJob;

describe('failedForGood (a BullMQ failed event that ends the job)', () => {
  it('is true once the attempts are used, or for an unrecoverable failure such as the stall limit', () => {
    expect(failedForGood(bullJob(1, 3), new Error('boom'))).toBe(false);
    expect(failedForGood(bullJob(3, 3), new Error('boom'))).toBe(true);
    expect(failedForGood(bullJob(1), new Error('boom'))).toBe(true);
    expect(failedForGood(bullJob(1, 5), new UnrecoverableError(STALL_LIMIT_REASON))).toBe(true);
    expect(
      failedForGood(bullJob(1, 5), new UnrecoverableError('job started more than allowable limit')),
    ).toBe(true);
  });
});

describe('ExhaustedHooks once the queue closed', () => {
  it('starts no hook after settle() (the caller may have closed its stores), and warns', async () => {
    const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
    const logger = {
      debug() {},
      info() {},
      warn: (message: string, fields?: Record<string, unknown>) => warnings.push([message, fields]),
      error() {},
    };
    const hooks = new ExhaustedHooks(logger);
    const calls: FailedJob[] = [];
    const failedJob = { id: 'j1', data: {}, attemptsMade: 3, opts: { attempts: 3 } } as unknown as BullJob;
    hooks.call('work', failedJob, new Error('boom'), (job) => void calls.push(job));
    await hooks.settle(1_000);
    expect(calls).toHaveLength(1);
    hooks.call('work', failedJob, new Error('boom'), (job) => void calls.push(job));
    await sleep(10);
    expect(calls).toHaveLength(1);
    expect(warnings).toEqual([
      [
        'callbridge: a job failed for good after the job queue closed; its onExhausted hook was not run',
        { name: 'work', jobId: 'j1' },
      ],
    ]);
  });
});

describe.skipIf(!redisUrl)('BullMQJobQueue onExhausted on real Redis', () => {
  let admin: Redis;
  let prefix: string;
  const queues: BullMQJobQueue[] = [];
  beforeAll(() => {
    admin = testClient();
  });
  afterAll(async () => {
    await admin.quit();
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.close()));
    await deletePrefix(admin, prefix);
  });

  const errors: Array<[string, Record<string, unknown> | undefined]> = [];
  const logger = {
    debug() {},
    info() {},
    warn() {},
    error: (message: string, fields?: Record<string, unknown>) => errors.push([message, fields]),
  };
  const open = (queueName: string) => {
    const queue = new BullMQJobQueue({ connection: admin.options, prefix, queueName, logger });
    queues.push(queue);
    return queue;
  };

  it('calls it once per job with several instances whose workers share the retries', {
    timeout: 20_000,
  }, async () => {
    prefix = uniquePrefix('exhausted');
    const queueName = `q${crypto.randomUUID().slice(0, 8)}`;
    const calls: FailedJob[] = [];
    const tries: string[] = [];
    const [a, b] = [open(queueName), open(queueName)];
    for (const queue of [a, b]) {
      queue.process(
        'work',
        async (job) => {
          tries.push(job.id);
          await sleep(5);
          throw new Error(`boom ${job.attempt}`);
        },
        { concurrency: 2, onExhausted: (job) => void calls.push(job) },
      );
    }
    const ids = Array.from({ length: 6 }, (_, i) => `job-${i}`);
    for (const id of ids) {
      await a.enqueue('work', { id }, { jobId: id, attempts: 3, backoff: { type: 'fixed', delayMs: 10 } });
    }
    await waitFor(() => calls.length >= ids.length, 15_000);
    await sleep(300);
    expect(tries).toHaveLength(ids.length * 3);
    expect(calls.map((job) => job.id).sort()).toEqual(ids);
    expect(calls.every((job) => job.attempts === 3 && job.error === 'boom 3')).toBe(true);
  });

  it('logs what the hook throws, and close() waits for a running hook', async () => {
    prefix = uniquePrefix('exhausted');
    errors.length = 0;
    const queue = open(`q${crypto.randomUUID().slice(0, 8)}`);
    let hookDone = false;
    queue.process(
      'doomed',
      async () => {
        throw new Error('boom');
      },
      {
        onExhausted: async () => {
          await sleep(150);
          hookDone = true;
          throw new Error('the record store is down');
        },
      },
    );
    await queue.enqueue('doomed', {}, { jobId: 'j:1', attempts: 1 });
    await waitFor(async () => (await queue.failed('doomed')).length === 1);
    await queue.close();
    expect(hookDone).toBe(true);
    expect(errors).toContainEqual([
      'callbridge: job failed for good and its onExhausted hook threw',
      { name: 'doomed', jobId: 'j:1', error: 'the record store is down' },
    ]);
  });
});
