import { afterEach, describe, expect, it } from 'vitest';
import { type CreateRedisPortsOptions, createRedisPorts, type RedisPorts } from '../src/ports.js';
import { usePrefix } from './suite-setup.js';
import { redisUrl, waitFor } from './support.js';
import { TcpProxy } from './tcp-proxy.js';

// An instance killed while it runs a job (a deploy that does not wait, a crash, an OOM kill)
// records nothing: the job stays active until its lock expires, and BullMQ's stalled-job check
// on another instance gives it back. A long job (a recording download, the AI pipeline) that
// meets two such kills must still run, not fail for good.

describe.skipIf(!redisUrl)('a job whose instance was killed while running it', () => {
  const prefix = usePrefix('stalled');
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const fast = { lockDurationMs: 400, stalledIntervalMs: 100, commandTimeoutMs: 200 };

  /** Runs `started` for each try, and the handler returns only once the instance closes. */
  function killable(
    queueName: string,
    extra: Partial<CreateRedisPortsOptions>,
    started: (n: number) => void,
  ) {
    return async (): Promise<{ ports: RedisPorts; proxy: TcpProxy }> => {
      const target = new URL(redisUrl!);
      const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
      const ports = createRedisPorts({
        url: `redis://127.0.0.1:${proxy.port}`,
        redisOptions: { maxRetriesPerRequest: 2 },
        prefix,
        queueName,
        ...fast,
        ...extra,
      });
      cleanups.push(() => proxy.down());
      cleanups.push(() => ports.close());
      ports.jobs.process('download', async (job) => {
        started(job.attempt);
        await new Promise<void>((resolve) => job.signal?.addEventListener('abort', () => resolve()));
        throw new Error('killed');
      });
      return { ports, proxy };
    };
  }

  /** Two instances each take the job and die (their Redis path cut for good); a third survives. */
  async function killTwice(extra: Partial<CreateRedisPortsOptions>) {
    const queueName = `q${crypto.randomUUID().slice(0, 8)}`;
    const attempts: number[] = [];
    const start = killable(queueName, extra, (n) => attempts.push(n));
    const first = await start();
    await first.ports.jobs.enqueue('download', { callId: 'c1' }, { jobId: 'recording:t1:c1' });
    await waitFor(() => attempts.length === 1);
    await first.proxy.down();
    const second = await start();
    await waitFor(() => attempts.length === 2, 5000);
    await second.proxy.down();

    const survivor = createRedisPorts({ url: redisUrl!, prefix, queueName, ...fast, ...extra });
    cleanups.push(() => survivor.close());
    let done = false;
    survivor.jobs.process('download', async (job) => {
      attempts.push(job.attempt);
      done = true;
    });
    await waitFor(async () => done || (await survivor.jobs.failed('download')).length > 0, 5000);
    return { attempts, failed: await survivor.jobs.failed('download') };
  }

  it('runs it again after two kills by default, the kills not counted as attempts', {
    timeout: 30_000,
  }, async () => {
    const { attempts, failed } = await killTwice({});
    expect(failed).toEqual([]);
    expect(attempts).toEqual([1, 1, 1]);
  });

  it('fails it for good once it stalled more than maxStalledCount times, listed in failed()', {
    timeout: 30_000,
  }, async () => {
    const errors: Array<[string, Record<string, unknown> | undefined]> = [];
    const logger = {
      debug() {},
      info() {},
      warn() {},
      error: (m: string, f?: Record<string, unknown>) => errors.push([m, f]),
    };
    const { attempts, failed } = await killTwice({ maxStalledCount: 1, logger });
    expect(attempts).toEqual([1, 1]);
    // Its handler never ran for this end, so nothing else records it: said loudly.
    await waitFor(() => errors.length > 0);
    expect(errors[0]?.[0]).toMatch(/maxStalledCount/);
    expect(errors[0]?.[1]).toMatchObject({ name: 'download', jobId: 'recording:t1:c1', maxStalledCount: 1 });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ id: 'recording:t1:c1', error: expect.stringMatching(/stalled/) });
  });
});
