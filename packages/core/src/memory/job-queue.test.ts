import { describe, expect, it, vi } from 'vitest';
import type { Job } from '../ports/jobs.js';
import { MemoryJobQueue } from './job-queue.js';

describe('MemoryJobQueue', () => {
  it('gives each job a signal that close() aborts, so a long job ends instead of holding close()', async () => {
    const queue = new MemoryJobQueue();
    let seen: Job | undefined;
    queue.process('long', async (job) => {
      seen = job;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, 10_000);
        job.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(job.signal?.reason);
        });
      });
    });
    await queue.enqueue('long', {}, { attempts: 2 });
    while (!seen) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen.signal).toBeInstanceOf(AbortSignal);
    expect(seen.signal?.aborted).toBe(false);
    const start = Date.now();
    await queue.close();
    expect(Date.now() - start).toBeLessThan(1_000);
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.signal?.reason).toMatchObject({ code: 'store_unavailable' });
    // Cut off by close(): not a failure, so not listed (it is dropped with the waiting jobs).
    expect(await queue.failed('long')).toEqual([]);
  });

  it('logs an error its onExhausted hook throws, and close() waits for the hook', async () => {
    const errors: Array<[string, Record<string, unknown> | undefined]> = [];
    const logger = {
      debug() {},
      info() {},
      warn() {},
      error: (m: string, f?: Record<string, unknown>) => errors.push([m, f]),
    };
    const queue = new MemoryJobQueue({ logger });
    let hookDone = false;
    queue.process(
      'doomed',
      async () => {
        throw new Error('boom');
      },
      {
        onExhausted: async () => {
          await new Promise((resolve) => setTimeout(resolve, 50));
          hookDone = true;
          throw new Error('the record store is down');
        },
      },
    );
    await queue.enqueue('doomed', {}, { jobId: 'j1', attempts: 1 });
    while ((await queue.failed('doomed')).length === 0)
      await new Promise((resolve) => setTimeout(resolve, 5));
    await queue.close();
    expect(hookDone).toBe(true);
    expect(errors).toEqual([
      [
        'job failed for good and its onExhausted hook threw',
        { name: 'doomed', jobId: 'j1', error: 'the record store is down' },
      ],
    ]);
  });

  it('never warns about a waiting job when waitingWarningMs is Infinity (or too long for a timer)', async () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (message: string) => warnings.push(message), error() {} };
    const never = new MemoryJobQueue({ logger, waitingWarningMs: Number.POSITIVE_INFINITY });
    const long = new MemoryJobQueue({ logger, waitingWarningMs: 2 ** 32 });
    await never.enqueue('a', {});
    await long.enqueue('a', {});
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(warnings).toEqual([]);
    await never.close();
    await long.close();
  });

  it.each([
    ['NaN (a number option read from an unset variable) as the default 5 s', Number.NaN, 5000],
    ['0 or less at once', -1, 1],
    ['0 at once', 0, 1],
  ])('takes waitingWarningMs %s', async (_, waitingWarningMs, warnsAfter) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const warnings: string[] = [];
      const logger = { debug() {}, info() {}, warn: (message: string) => warnings.push(message), error() {} };
      const queue = new MemoryJobQueue({ logger, waitingWarningMs });
      await queue.enqueue('a', {});
      if (warnsAfter > 1) {
        await vi.advanceTimersByTimeAsync(warnsAfter - 100);
        expect(warnings).toEqual([]);
      }
      await vi.advanceTimersByTimeAsync(100);
      expect(warnings).toEqual(['job "a" is waiting: nothing processes it in this process yet']);
      await queue.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
