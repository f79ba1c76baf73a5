import { afterEach, describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import type { CallBridgeConfig } from '../config.js';
import { isCallbridgeError } from '../errors.js';
import { MemoryContactDirectory, MemoryEventLog, staticTenants } from '../memory/index.js';
import { isEventStream } from './event-stream.js';
import type { BridgeRequest } from './exchange.js';

// stream.maxStreamsPerTenant: a tenant (or one stolen token) cannot open streams without bound.
// Over the limit the stream answers 429 `too_many_streams`; every way a stream ends frees its slot.

const ORIGIN = 'https://crm.test/api/v1';
const bridges: Array<ReturnType<typeof createCallBridge>> = [];

afterEach(async () => {
  for (const bridge of bridges.splice(0)) await bridge.close();
});

function bridgeWith(stream: CallBridgeConfig['stream'], overrides: Partial<CallBridgeConfig> = {}) {
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([
      { id: 't1', key: 'k1' },
      { id: 't2', key: 'k2' },
    ]),
    contacts: new MemoryContactDirectory([]),
    // `Bearer <tenant>`
    authenticate: (request) => {
      const tenantId = /^Bearer (t\d)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      return tenantId ? { tenantId, userId: 'u1' } : null;
    },
    ...(stream ? { stream } : {}),
    ...overrides,
  });
  bridges.push(bridge);
  return bridge;
}

interface Opened {
  response: Response;
  /** Aborts the request (the client goes away). */
  abort(): void;
}

async function open(bridge: ReturnType<typeof bridgeWith>, tenantId = 't1'): Promise<Opened> {
  const client = new AbortController();
  const response = await bridge.handle(
    new Request(`${ORIGIN}/events/stream`, {
      headers: { authorization: `Bearer ${tenantId}` },
      signal: client.signal,
    }),
  );
  return { response, abort: () => client.abort() };
}

async function statusOf(bridge: ReturnType<typeof bridgeWith>, tenantId = 't1'): Promise<number> {
  const { response, abort } = await open(bridge, tenantId);
  if (response.status === 200) {
    abort();
    await response.body?.cancel().catch(() => undefined);
  }
  return response.status;
}

/** Lets aborts and cancellations run their cleanup. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stream.maxStreamsPerTenant', () => {
  it('answers 429 too_many_streams problem+json with Retry-After and a hint naming the option', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 2 });
    const first = await open(bridge);
    const second = await open(bridge);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);

    const refused = await open(bridge);
    expect(refused.response.status).toBe(429);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await refused.response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      status: 429,
      code: 'too_many_streams',
      type: 'https://callbridge.dev/errors/too_many_streams',
      title: 'Too Many Requests',
      limit: 2,
    });
    expect(String(problem.detail)).toContain('stream.maxStreamsPerTenant');
    expect(String(problem.detail)).toMatch(/close/i);

    // Another tenant has its own slots.
    expect(await statusOf(bridge, 't2')).toBe(200);
  });

  it('frees a slot when the client aborts', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 1 });
    const first = await open(bridge);
    expect(first.response.status).toBe(200);
    expect(await statusOf(bridge)).toBe(429);
    first.abort();
    await settle();
    expect(await statusOf(bridge)).toBe(200);
  });

  it('frees a slot when the response body is cancelled', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 1 });
    const first = await open(bridge);
    await first.response.body?.cancel();
    expect(await statusOf(bridge)).toBe(200);
  });

  it('frees a slot when a pushed stream (writesEventStreams) is released', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 1 });
    const request = new Request(`${ORIGIN}/events/stream`, { headers: { authorization: 'Bearer t1' } });
    const served: BridgeRequest = {
      method: 'GET',
      url: request.url,
      headers: request.headers,
      signal: request.signal,
      readBody: async () => new Uint8Array(0),
      toRequest: () => request,
      writesEventStreams: true,
    };
    const answer = await bridge.serve(served);
    if (!isEventStream(answer)) throw new Error('expected an event stream');
    const release = answer.pipe({ write() {}, queuedBytes: () => 0, close() {}, abort() {} });
    expect(await statusOf(bridge)).toBe(429);
    release();
    expect(await statusOf(bridge)).toBe(200);
  });

  it('frees every slot on bridge.close()', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 1 });
    const first = await open(bridge);
    expect(first.response.status).toBe(200);
    await bridge.close();
    // A stream opened on a closed bridge ends at once (200, empty body), and is not refused.
    const after = await open(bridge);
    expect(after.response.status).toBe(200);
    expect(await after.response.text()).toBe('');
  });

  it('counts concurrent opens before any of them is answered', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 2 });
    const opened = await Promise.all(Array.from({ length: 5 }, () => open(bridge)));
    const statuses = opened.map((o) => o.response.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
  });

  it('frees the slot of a stream whose opening failed (the log is down)', async () => {
    const log = new MemoryEventLog();
    let failing = true;
    const lastId = log.lastId.bind(log);
    log.lastId = async (tenantId) => {
      if (failing) throw new Error('log down');
      return lastId(tenantId);
    };
    const bridge = bridgeWith({ maxStreamsPerTenant: 1 }, { stores: { eventLog: log } });
    expect(await statusOf(bridge)).toBe(503);
    expect(await statusOf(bridge)).toBe(503);
    failing = false;
    expect(await statusOf(bridge)).toBe(200);
  });

  it('a client that left before its stream was answered frees its slot too', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: 1 });
    const client = new AbortController();
    client.abort();
    const response = await bridge.handle(
      new Request(`${ORIGIN}/events/stream`, {
        headers: { authorization: 'Bearer t1' },
        signal: client.signal,
      }),
    );
    expect(response.status).not.toBe(200);
    expect(await statusOf(bridge)).toBe(200);
  });

  it('defaults to 1000 streams per tenant', async () => {
    const bridge = bridgeWith(undefined);
    expect(bridge.runtime.stream.maxStreamsPerTenant).toBe(1000);
    const opened = [];
    for (let i = 0; i < 1000; i++) opened.push(await open(bridge));
    expect(opened.every((o) => o.response.status === 200)).toBe(true);
    expect(await statusOf(bridge)).toBe(429);
    expect(await statusOf(bridge, 't2')).toBe(200);
  });

  it('Infinity turns the limit off', async () => {
    const bridge = bridgeWith({ maxStreamsPerTenant: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 1001; i++) expect((await open(bridge)).response.status).toBe(200);
  });

  it('warns of refusals once a minute per tenant, naming the tenant and the option', async () => {
    const warnings: Array<[string, Record<string, unknown> | undefined]> = [];
    const quiet = () => undefined;
    let now = Date.parse('2026-02-17T10:00:00Z');
    const bridge = bridgeWith(
      { maxStreamsPerTenant: 1 },
      {
        now: () => now,
        logger: {
          debug: quiet,
          info: quiet,
          error: quiet,
          warn: (message, fields) => warnings.push([message, fields]),
        },
      },
    );
    const refusals = () => warnings.filter(([message]) => message.includes('stream.maxStreamsPerTenant'));
    await open(bridge);
    await open(bridge, 't2');
    expect(await statusOf(bridge)).toBe(429);
    expect(await statusOf(bridge)).toBe(429);
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]?.[1]).toEqual({ tenantId: 't1', limit: 1 });
    expect(await statusOf(bridge, 't2')).toBe(429);
    expect(refusals()).toHaveLength(2);
    now += 59_000;
    expect(await statusOf(bridge)).toBe(429);
    expect(refusals()).toHaveLength(2);
    now += 1_000;
    expect(await statusOf(bridge)).toBe(429);
    expect(refusals()).toHaveLength(3);
  });

  it('rejects a limit that is not a positive integer or Infinity', () => {
    for (const value of [0, -1, 1.5, Number.NaN, '10' as never]) {
      let error: unknown;
      try {
        bridgeWith({ maxStreamsPerTenant: value });
      } catch (caught) {
        error = caught;
      }
      expect(isCallbridgeError(error) && error.code, String(value)).toBe('configuration_error');
      expect(String((error as Error).message)).toContain('stream.maxStreamsPerTenant');
      expect(String((error as Error).message)).toContain('Infinity');
    }
  });
});
