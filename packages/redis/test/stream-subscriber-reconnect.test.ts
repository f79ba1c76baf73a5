import { SseReader } from '@callbridge/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver } from './deliver.js';
import { type Instance, pgUrl, startInstance, TENANT } from './instances.js';
import { usePrefix, useSchema, withoutServers } from './suite-setup.js';
import { redisUrl } from './support.js';
import { TcpProxy } from './tcp-proxy.js';
import { callNumberOf } from './webhooks.js';

// Bridge B reaches Redis through a proxy that can cut its connections (a network blip between
// one instance and Redis): what A publishes meanwhile never reaches B's subscriber.
describe.skipIf(withoutServers)("an SSE stream whose bridge's subscriber lost Redis for a while", () => {
  const schema = useSchema('sub-reconnect');
  const prefix = usePrefix('sub-reconnect');
  const bridge = { authenticate: () => ({ tenantId: TENANT.id, userId: 'u1' }) };
  let proxy: TcpProxy;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    const target = new URL(redisUrl!);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 6379) });
    const common = { pgUrl: pgUrl!, schema, prefix, bridge };
    [a, b] = await Promise.all([
      startInstance({ ...common, redisUrl: redisUrl! }),
      startInstance({ ...common, redisUrl: `redis://127.0.0.1:${proxy.port}` }),
    ]);
  });
  afterAll(async () => {
    await proxy?.up();
    await Promise.all([a?.close(), b?.close()]);
    await proxy?.down();
  });

  it('gets the events stored meanwhile on the other bridge once reconnected, without waiting for the next call', {
    timeout: 60_000,
  }, async () => {
    const response = await b.bridge.handle(new Request('http://127.0.0.1/api/v1/events/stream'));
    expect(response.status).toBe(200);
    const stream = new SseReader(response);
    await deliver(a, 1);
    expect((await stream.take(1, { timeoutMs: 10_000 })).map((e) => e.id)).toEqual(['1']);

    await proxy.down();
    await deliver(a, 2);
    await deliver(a, 3);
    await proxy.up();

    // B re-subscribes by itself; its open stream then gets both calls, in order, with no new call.
    const missed = await stream.take(2, { timeoutMs: 10_000 });
    expect(missed.map((e) => e.id)).toEqual(['2', '3']);
    expect(
      missed.map((e) => callNumberOf((JSON.parse(e.data) as { sourceRecordId: string }).sourceRecordId)),
    ).toEqual([2, 3]);
    // Live again: the next call arrives once.
    await deliver(a, 4);
    expect((await stream.take(1, { timeoutMs: 10_000 })).map((e) => e.id)).toEqual(['4']);
    await expect(stream.next(300)).rejects.toThrow(/No SSE event/);
    await stream.cancel();
  });
});
