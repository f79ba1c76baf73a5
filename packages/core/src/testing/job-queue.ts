import { isShutdownReason, type Job, type JobQueue } from '../ports/jobs.js';
import { sleep, suite, uniqueId, untilAborted, waitFor } from './helpers.js';
import { jobQueueExhaustedTests } from './job-queue-exhausted.js';
import type { ConformanceOptions, TestApi } from './types.js';

/** What {@link jobQueueConformance} takes. */
export interface JobQueueConformanceOptions extends ConformanceOptions<JobQueue> {
  /**
   * True when the queues `create` returns share their jobs (e.g. one Redis): a job that `close()`
   * interrupted must then run again on the next queue. A queue in process memory leaves it out.
   */
  durable?: boolean;
}

/** Timer slack allowed below a requested delay. */
const SLACK_MS = 10;

/**
 * The `JobQueue` contract: handlers get the job's data and attempt number, jobs wait for their
 * handler, delays hold, failures retry with fixed or exponential backoff, exhausted jobs land in
 * `failed()`, a jobId is enqueued once, concurrency is a limit, and `close` waits for running jobs
 * (after aborting their `signal` with a `ShutdownError`, when the queue gives jobs one, so a
 * handler tells the shutdown from a failure with `isShutdownReason(signal.reason)`), and a try
 * that `close()` interrupted does not count as an attempt, not even the last one: it is never
 * listed in `failed()`, and a durable queue runs it again after a restart. `onExhausted` hears
 * of each job that lands in `failed()`, once, and of nothing else.
 * `create` must return a new queue each time: the suite closes it after every test.
 */
export function jobQueueConformance(t: TestApi, options: JobQueueConformanceOptions): void {
  const { it, expect } = t;
  const closing: ConformanceOptions<JobQueue> = {
    ...options,
    cleanup: async (queue) => {
      await queue.close();
      await options.cleanup?.(queue);
    },
  };
  suite(t, 'JobQueue', closing, (queue) => {
    it('runs a job with its id, name, data and attempt 1', async () => {
      const name = uniqueId('job');
      const seen: Job[] = [];
      queue().process(name, async (job) => {
        seen.push(job);
      });
      await queue().enqueue(name, { callId: '12345678901234567890', n: 1 }, { jobId: `${name}-1` });
      await waitFor(() => seen.length === 1, 'the job');
      const { signal, ...job } = seen[0]!;
      expect(signal === undefined || signal instanceof AbortSignal).toBe(true);
      expect(job).toEqual({
        id: `${name}-1`,
        name,
        data: { callId: '12345678901234567890', n: 1 },
        attempt: 1,
      });
    });

    it('keeps jobs enqueued before a handler until one is registered', async () => {
      const name = uniqueId('job');
      await queue().enqueue(name, { n: 1 });
      await queue().enqueue(name, { n: 2 });
      const seen: number[] = [];
      queue().process<{ n: number }>(name, async (job) => {
        seen.push(job.data.n);
      });
      await waitFor(() => seen.length === 2, 'both jobs');
      expect([...seen].sort()).toEqual([1, 2]);
    });

    it('holds a delayed job for delayMs', async () => {
      const name = uniqueId('job');
      let ranAt = 0;
      queue().process(name, async () => {
        ranAt = Date.now();
      });
      const start = Date.now();
      await queue().enqueue(name, {}, { delayMs: 150 });
      await sleep(50);
      expect(ranAt).toBe(0);
      await waitFor(() => ranAt > 0, 'the delayed job');
      expect(ranAt - start).toBeGreaterThanOrEqual(150 - SLACK_MS);
    });

    it('retries a failing job with fixed backoff until it succeeds', async () => {
      const name = uniqueId('job');
      const attempts: Array<{ attempt: number; at: number }> = [];
      let done = false;
      queue().process(name, async (job) => {
        attempts.push({ attempt: job.attempt, at: Date.now() });
        if (job.attempt < 3) throw new Error(`try ${job.attempt} failed`);
        done = true;
      });
      await queue().enqueue(name, {}, { attempts: 3, backoff: { type: 'fixed', delayMs: 40 } });
      await waitFor(() => done, 'the third attempt');
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(40 - SLACK_MS);
      expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(40 - SLACK_MS);
      expect(await queue().failed(name)).toEqual([]);
    });

    it('backs off exponentially and lists the job in failed() once attempts are used', async () => {
      const name = uniqueId('job');
      const at: number[] = [];
      queue().process(name, async (job) => {
        at.push(Date.now());
        throw new Error(`boom ${job.attempt}`);
      });
      await queue().enqueue(
        name,
        { callId: 'c-1' },
        { jobId: `${name}-x`, attempts: 3, backoff: { type: 'exponential', delayMs: 50 } },
      );
      let failed: Awaited<ReturnType<JobQueue['failed']>> = [];
      const deadline = Date.now() + 5_000;
      while (failed.length === 0 && Date.now() < deadline) {
        await sleep(20);
        failed = await queue().failed(name);
      }
      expect(at).toHaveLength(3);
      expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(50 - SLACK_MS);
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(100 - SLACK_MS);
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ id: `${name}-x`, name, data: { callId: 'c-1' }, attempts: 3 });
      expect(failed[0]?.error).toContain('boom 3');
      expect((await queue().failed()).some((job) => job.id === `${name}-x`)).toBe(true);
      expect(await queue().failed(uniqueId('other'))).toEqual([]);
    });

    it('enqueues a jobId once while the first job is kept', async () => {
      const name = uniqueId('job');
      let runs = 0;
      queue().process(name, async () => {
        runs++;
      });
      const jobId = `${name}-same`;
      await queue().enqueue(name, { n: 1 }, { jobId, delayMs: 60 });
      await queue().enqueue(name, { n: 2 }, { jobId });
      await queue().enqueue(name, { n: 3 }, { jobId, delayMs: 10 });
      await waitFor(() => runs > 0, 'the job');
      await sleep(150);
      expect(runs).toBe(1);
    });

    it('never runs more jobs at once than the concurrency', async () => {
      const name = uniqueId('job');
      let running = 0;
      let peak = 0;
      let finished = 0;
      queue().process(
        name,
        async () => {
          running++;
          peak = Math.max(peak, running);
          await sleep(40);
          running--;
          finished++;
        },
        { concurrency: 2 },
      );
      for (let i = 0; i < 6; i++) await queue().enqueue(name, { i });
      await waitFor(() => finished === 6, 'six jobs');
      expect(peak).toBe(2);
    });

    it("close() aborts a running job's signal with a ShutdownError (when the queue gives one) and still waits for it", async () => {
      const name = uniqueId('job');
      let signal: AbortSignal | undefined;
      let started = false;
      let finished = false;
      queue().process(name, async (job) => {
        signal = job.signal;
        started = true;
        if (!job.signal) return;
        expect(job.signal.aborted).toBe(false);
        // Work that honours the signal: ends when the queue closes, not after 10 s.
        await untilAborted(job.signal);
        finished = true;
      });
      await queue().enqueue(name, {});
      await waitFor(() => started, 'the job to start');
      const start = Date.now();
      await queue().close();
      if (signal === undefined) return; // This queue cannot tell its handlers about close().
      expect(signal.aborted).toBe(true);
      // The handler can tell the shutdown (the try does not count) from any other abort (it does).
      expect(isShutdownReason(signal.reason)).toBe(true);
      expect(finished).toBe(true);
      expect(Date.now() - start).toBeLessThan(5_000);
    });

    it('does not count a try that close() interrupted, not even the last one', async () => {
      const name = uniqueId('job');
      const jobId = `${name}-cut`;
      const tries: number[] = [];
      let interrupted = false;
      queue().process(name, async (job) => {
        tries.push(job.attempt);
        if (job.attempt === 1) throw new Error('a real failure');
        // The last try: stops when the queue closes, as the bridge's jobs do.
        interrupted = await untilAborted(job.signal);
        throw new Error('interrupted by close()');
      });
      await queue().enqueue(name, { n: 1 }, { jobId, attempts: 2, backoff: { type: 'fixed', delayMs: 20 } });
      await waitFor(() => tries.length === 2, 'the last try to start');
      await queue().close();
      if (!interrupted) return; // This queue cannot tell its handlers about close().
      if (!options.durable) {
        expect(await queue().failed(name)).toEqual([]);
        return;
      }
      // A restart: the next queue runs the job again, still on its last try, and keeps the id.
      const next = await options.create();
      try {
        const rerun: number[] = [];
        await next.enqueue(name, { n: 2 }, { jobId, attempts: 2 });
        next.process<{ n: number }>(name, async (job) => {
          rerun.push(job.attempt);
          expect(job.data).toEqual({ n: 1 });
        });
        await waitFor(() => rerun.length === 1, 'the interrupted job to run again', 5_000);
        await sleep(100);
        expect(rerun).toEqual([2]);
        expect(await next.failed(name)).toEqual([]);
      } finally {
        await next.close();
        await options.cleanup?.(next);
      }
    });

    it('close() waits for running jobs to finish', async () => {
      const name = uniqueId('job');
      let started = false;
      let finished = false;
      queue().process(name, async () => {
        started = true;
        await sleep(80);
        finished = true;
      });
      await queue().enqueue(name, {});
      await waitFor(() => started, 'the job to start');
      await queue().close();
      expect(finished).toBe(true);
    });

    jobQueueExhaustedTests(t, queue, options);
  });
}
