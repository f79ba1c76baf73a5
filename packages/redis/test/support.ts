import { Redis } from 'ioredis';

/** The real Redis of this machine, or undefined (suites skip). */
export const redisUrl = process.env.CALLBRIDGE_REDIS_URL;

/** A prefix no other test file (or run) uses: `cbtest:<label>:<random>:`. */
export function uniquePrefix(label: string): string {
  return `cbtest:${label}:${crypto.randomUUID().slice(0, 8)}:`;
}

/** A client for tests: fails fast instead of queueing forever when the server is gone. */
export function testClient(url: string = redisUrl ?? 'redis://127.0.0.1:6379'): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  client.on('error', () => {});
  return client;
}

/** Deletes every key under `prefix` (never FLUSHALL: the server is shared). */
export async function deletePrefix(client: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await client.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

/** Resolves when `predicate` holds, polling every 10 ms; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
