import type { FailedJob, JobQueue } from '../ports/jobs.js';
import { sleep, uniqueId, untilAborted, waitFor } from './helpers.js';
import type { JobQueueConformanceOptions } from './job-queue.js';
import type { TestApi } from './types.js';

/**
 * The `onExhausted` part of the `JobQueue` contract, registered inside `jobQueueConformance`'s
 * suite: called once with the job as `failed()` lists it when the last attempt fails, never when
 * the job succeeds (also after failed tries), never for a try that `close()` cut off; an error it
 * throws is the queue's to log, and the queue keeps working.
 */
export function jobQueueExhaustedTests(
  t: TestApi,
  queue: () => JobQueue,
  options: JobQueueConformanceOptions,
): void {
  const { it, expect } = t;

  it('calls onExhausted once with the failed job after its last attempt, not before', async () => {
    const name = uniqueId('job');
    const tries: number[] = [];
    const exhausted: Array<{ job: FailedJob; tries: number }> = [];
    queue().process(
      name,
      async (job) => {
        tries.push(job.attempt);
        throw new Error(`boom ${job.attempt}`);
      },
      { onExhausted: (job) => void exhausted.push({ job, tries: tries.length }) },
    );
    await queue().enqueue(
      name,
      { callId: 'c-1' },
      { jobId: `${name}-x`, attempts: 3, backoff: { type: 'fixed', delayMs: 20 } },
    );
    await waitFor(() => exhausted.length > 0, 'onExhausted', 5_000);
    await sleep(100);
    expect(tries).toEqual([1, 2, 3]);
    expect(exhausted).toHaveLength(1);
    expect(exhausted[0]?.tries).toBe(3);
    expect(exhausted[0]?.job).toMatchObject({ id: `${name}-x`, name, data: { callId: 'c-1' }, attempts: 3 });
    expect(exhausted[0]?.job.error).toContain('boom 3');
    expect(await queue().failed(name)).toEqual([exhausted[0]?.job]);
  });

  it('never calls onExhausted for a job that succeeds, also after failed tries', async () => {
    const name = uniqueId('job');
    const exhausted: FailedJob[] = [];
    let done = 0;
    queue().process(
      name,
      async (job) => {
        if ((job.data as { flaky: boolean }).flaky && job.attempt < 2) throw new Error('flaky');
        done++;
      },
      { onExhausted: (job) => void exhausted.push(job) },
    );
    await queue().enqueue(name, { flaky: false }, { attempts: 1 });
    await queue().enqueue(name, { flaky: true }, { attempts: 2, backoff: { type: 'fixed', delayMs: 10 } });
    await waitFor(() => done === 2, 'both jobs');
    await sleep(100);
    expect(exhausted).toEqual([]);
  });

  it('keeps working when onExhausted throws: the job stays listed, the next jobs run', async () => {
    const name = uniqueId('job');
    let calls = 0;
    const ran: number[] = [];
    queue().process<{ n: number }>(
      name,
      async (job) => {
        ran.push(job.data.n);
        if (job.data.n === 1) throw new Error('boom');
      },
      {
        onExhausted: async () => {
          calls++;
          throw new Error('the hook failed');
        },
      },
    );
    await queue().enqueue(name, { n: 1 }, { jobId: `${name}-1`, attempts: 1 });
    await waitFor(() => calls === 1, 'onExhausted');
    await queue().enqueue(name, { n: 2 }, { attempts: 1 });
    await waitFor(() => ran.includes(2), 'the next job');
    await sleep(50);
    expect(calls).toBe(1);
    expect((await queue().failed(name)).map((job) => job.id)).toEqual([`${name}-1`]);
  });

  it('never calls onExhausted for a last try that close() interrupted', async () => {
    const name = uniqueId('job');
    const jobId = `${name}-cut`;
    const exhausted: FailedJob[] = [];
    const tries: number[] = [];
    let interrupted = false;
    queue().process(
      name,
      async (job) => {
        tries.push(job.attempt);
        if (job.attempt === 1) throw new Error('a real failure');
        interrupted = await untilAborted(job.signal);
        throw new Error('interrupted by close()');
      },
      { onExhausted: (job) => void exhausted.push(job) },
    );
    await queue().enqueue(name, {}, { jobId, attempts: 2, backoff: { type: 'fixed', delayMs: 20 } });
    await waitFor(() => tries.length === 2, 'the last try to start');
    await queue().close();
    if (!interrupted) return; // This queue cannot tell its handlers about close().
    await sleep(100);
    expect(exhausted).toEqual([]);
    if (!options.durable) return;
    // A restart: the next queue runs the job again and it succeeds: still no call.
    const next = await options.create();
    try {
      let rerun = 0;
      next.process(
        name,
        async () => {
          rerun++;
        },
        { onExhausted: (job) => void exhausted.push(job) },
      );
      await waitFor(() => rerun === 1, 'the interrupted job to run again', 5_000);
      await sleep(100);
      expect(exhausted).toEqual([]);
    } finally {
      await next.close();
      await options.cleanup?.(next);
    }
  });
}
