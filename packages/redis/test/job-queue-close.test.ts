import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeJobId, queueNameOf } from '../src/job-ids.js';
import { BullMQJobQueue } from '../src/job-queue.js';
import { usePrefix } from './suite-setup.js';
import { redisUrl, sleep, waitFor } from './support.js';
import { TcpProxy } from './tcp-proxy.js';

// BullMQ retries the recording of a job's outcome (`retryIfFailed`) for as long as it fails with
// a connection error, and once its worker is closing it retries at once, without a pause. A
// connection that ioredis gave up on (a `retryStrategy` that stops retrying) fails every command
// at once with such an error: the retries then run on settled promises only and no timer fires
// again, so close()'s own deadline never comes and the process spins forever.

type Retry = (fn: () => Promise<unknown>, opts: unknown) => Promise<unknown>;

/**
 * Counts the tries of each `retryIfFailed` call; past `limit` it throws an error BullMQ gives up
 * on, so a spin fails the test instead of hanging it (its timeout is a timer too).
 */
function spinDetector(limit: number): { spun: () => boolean; restore: () => void } {
  const proto = Worker.prototype as unknown as { retryIfFailed: Retry };
  const original = proto.retryIfFailed;
  expect(typeof original).toBe('function');
  let spun = false;
  proto.retryIfFailed = function (this: unknown, fn, opts) {
    let tries = 0;
    return original.call(
      this,
      () => {
        if (++tries > limit) {
          spun = true;
          throw new Error('spinning');
        }
        return fn();
      },
      opts,
    );
  };
  const restore = () => {
    proto.retryIfFailed = original;
  };
  return { spun: () => spun, restore };
}

describe.skipIf(!redisUrl)('BullMQJobQueue.close()', () => {
  const prefix = usePrefix('close');
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('returns within closeTimeoutMs once ioredis gave up reconnecting, instead of spinning on the interrupted job', {
    timeout: 20_000,
  }, async () => {
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.down());
    const queue = new BullMQJobQueue({
      connection: {
        host: '127.0.0.1',
        port: proxy.port,
        maxRetriesPerRequest: 2,
        // Gives up after three tries: the connection ends and every command fails at once.
        retryStrategy: (times: number) => (times > 3 ? null : 20),
      },
      prefix,
      closeTimeoutMs: 300,
      lockDurationMs: 1000,
    });
    let started = false;
    queue.process('work', async (job) => {
      started = true;
      await new Promise<void>((resolve) => job.signal?.addEventListener('abort', () => resolve()));
      throw new Error('interrupted');
    });
    await queue.enqueue('work', {}, { jobId: 'work-1' });
    await waitFor(() => started);
    await proxy.down();
    // Every connection of the worker and the queues tried three times and ended.
    await sleep(500);
    const detector = spinDetector(1000);
    cleanups.push(detector.restore);
    const closing = Date.now();
    await queue.close();
    expect(detector.spun()).toBe(false);
    expect(Date.now() - closing).toBeLessThan(2000);
    // Nothing was recorded: the job is still active, its attempt not counted; it stalls and runs again.
    const admin = new Redis(redisUrl!);
    cleanups.push(() => admin.disconnect());
    const key = `${queue.bullPrefix}:${queueNameOf('callbridge', 'work')}`;
    expect(await admin.lrange(`${key}:active`, 0, -1)).toEqual([encodeJobId('work-1')]);
    expect(await admin.hget(`${key}:${encodeJobId('work-1')}`, 'atm')).toBeNull();
  });

  it('leaves an ioredis client it was given open and working when it cuts its own connections', {
    timeout: 20_000,
  }, async () => {
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.down());
    const client = new Redis({ host: '127.0.0.1', port: proxy.port, maxRetriesPerRequest: null });
    client.on('error', () => {});
    cleanups.push(() => client.disconnect());
    const queue = new BullMQJobQueue({ connection: client, prefix, closeTimeoutMs: 200 });
    let ran = false;
    queue.process('shared', async () => {
      ran = true;
    });
    await queue.enqueue('shared', {});
    await waitFor(() => ran);
    proxy.freeze();
    const closing = Date.now();
    await queue.close();
    expect(Date.now() - closing).toBeLessThan(2000);
    proxy.thaw();
    expect(client.status).not.toBe('end');
    expect(await client.ping()).toBe('PONG');
  });

  it('opens no connection once closed: failed() listing several names while close() runs', {
    timeout: 20_000,
  }, async () => {
    const target = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    cleanups.push(() => proxy.down());
    const connection = { host: '127.0.0.1', port: proxy.port, maxRetriesPerRequest: 2 };
    const queueName = `q${crypto.randomUUID().slice(0, 8)}`;
    const first = new BullMQJobQueue({ connection, prefix, queueName });
    await first.enqueue('one', {}, { delayMs: 60_000 });
    await first.enqueue('two', {}, { delayMs: 60_000 });
    await first.close();
    const queue = new BullMQJobQueue({ connection, prefix, queueName });
    // close() starts once failed() read the first name's failed jobs, before the second's.
    const proto = Queue.prototype as unknown as { getFailed: (...args: unknown[]) => Promise<unknown> };
    const getFailed = proto.getFailed;
    let closing: Promise<void> | undefined;
    proto.getFailed = async function (this: unknown, ...args: unknown[]) {
      const jobs = await getFailed.apply(this, args);
      closing ??= queue.close();
      return jobs;
    };
    cleanups.push(() => {
      proto.getFailed = getFailed;
    });
    await expect(queue.failed()).rejects.toMatchObject({ code: 'store_unavailable' });
    await closing;
    await waitFor(() => proxy.connections === 0, 3000);
  });
});
