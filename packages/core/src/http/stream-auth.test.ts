import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { isCallbridgeError } from '../errors.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import type { ContactDirectory } from '../ports/directory.js';
import type { Authenticate } from '../ports/tenancy.js';
import { createFakeProvider, FAKE_SIGNATURE_HEADER, fakeSignature } from './testing/fake-provider.js';

// Stream tokens: the bridge mints them with its own settings (stream.tokenSecret and
// stream.tokenTtlSeconds), and a `?token=` it cannot check says why instead of a bare 401.

const SECRET = 'stream-secret-of-at-least-32-characters!';
const ORIGIN = 'https://crm.test/api/v1';
const nobody: Authenticate = () => null;

function bridgeWith(options: {
  tokenSecret?: string;
  tokenTtlSeconds?: number;
  authenticate?: Authenticate;
  now?: () => number;
}) {
  return createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 't1', key: 'k1' }]),
    contacts: new MemoryContactDirectory([]),
    authenticate: options.authenticate ?? nobody,
    ...(options.now ? { now: options.now } : {}),
    stream: {
      ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
      ...(options.tokenTtlSeconds ? { tokenTtlSeconds: options.tokenTtlSeconds } : {}),
    },
  });
}

async function openStream(bridge: ReturnType<typeof bridgeWith>, query: string) {
  const aborted = new AbortController();
  const response = await bridge.handle(
    new Request(`${ORIGIN}/events/stream${query}`, { signal: aborted.signal }),
  );
  if (response.status === 200) {
    aborted.abort();
    await response.body?.cancel().catch(() => undefined);
  }
  return response;
}

describe('bridge.createStreamToken', () => {
  it('mints a token the stream accepts, valid for stream.tokenTtlSeconds', async () => {
    let now = Date.parse('2026-02-17T10:00:00Z');
    const bridge = bridgeWith({ tokenSecret: SECRET, tokenTtlSeconds: 60, now: () => now });
    const token = await bridge.createStreamToken({ tenantId: 't1', userId: 'u1' });
    expect((await openStream(bridge, `?token=${token}`)).status).toBe(200);
    now += 59_000;
    expect((await openStream(bridge, `?token=${token}`)).status).toBe(200);
    now += 1_000; // 60 s: expired
    expect((await openStream(bridge, `?token=${token}`)).status).toBe(401);
    await bridge.close();
  });

  it('rejects with a configuration_error naming stream.tokenSecret when none is set', async () => {
    const bridge = bridgeWith({});
    const error = await bridge.createStreamToken({ tenantId: 't1', userId: 'u1' }).catch((e: unknown) => e);
    expect(isCallbridgeError(error) && error.code).toBe('configuration_error');
    expect(String((error as Error).message)).toContain('stream.tokenSecret');
    await bridge.close();
  });
});

describe('a ?token= the bridge cannot check', () => {
  it('answers 401 saying that stream.tokenSecret is not set', async () => {
    const bridge = bridgeWith({});
    const response = await openStream(bridge, '?token=abc.def');
    expect(response.status).toBe(401);
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('unauthenticated');
    expect(problem.detail).toContain('stream.tokenSecret');
    await bridge.close();
  });

  it('still goes to authenticate first, which may read its own ?token=', async () => {
    const bridge = bridgeWith({
      authenticate: (request) =>
        new URL(request.url).searchParams.get('token') === 'my-own-token'
          ? { tenantId: 't1', userId: 'u1' }
          : null,
    });
    expect((await openStream(bridge, '?token=my-own-token')).status).toBe(200);
    await bridge.close();
  });

  it('without a token, the 401 stays the plain one', async () => {
    const bridge = bridgeWith({});
    const problem = (await (await openStream(bridge, '')).json()) as { detail: string };
    expect(problem.detail).not.toContain('tokenSecret');
    await bridge.close();
  });
});

describe('a 5xx from a port that threw', () => {
  it('logs the cause (name and redacted message), so a bug in a directory is not just "unavailable"', async () => {
    const logged: Array<Record<string, unknown> | undefined> = [];
    const log = (_message: string, fields?: Record<string, unknown>) => logged.push(fields);
    const contacts: ContactDirectory = {
      findByPhone: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'id') for +32470123456");
      },
      search: async () => [],
    };
    const bridge = createCallBridge({
      providers: [createFakeProvider()],
      tenants: staticTenants([
        { id: 't1', key: 'k1', providers: { ringover: { secret: 'webhook-secret' } } },
      ]),
      contacts,
      authenticate: nobody,
      logger: { debug: log, info: log, warn: log, error: log },
    });
    const body = JSON.stringify({ calls: [{ id: 'call-1' }] });
    const response = await bridge.handle(
      new Request(`${ORIGIN}/webhooks/ringover/k1`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [FAKE_SIGNATURE_HEADER]: await fakeSignature('webhook-secret', body),
        },
        body,
      }),
    );
    expect(response.status).toBe(503);
    const entry = logged.find((fields) => fields?.code === 'store_unavailable');
    expect(entry).toMatchObject({ cause: 'TypeError' });
    expect(String(entry?.causeMessage)).toMatch(/Cannot read properties of undefined/);
    expect(String(entry?.causeMessage)).not.toContain('+32470123456');
    await bridge.close();
  });
});
