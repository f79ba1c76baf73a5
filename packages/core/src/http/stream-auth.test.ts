import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { hmacSign, toBase64Url } from '../crypto/index.js';
import { isCallbridgeError } from '../errors.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import type { ContactDirectory } from '../ports/directory.js';
import type { Authenticate } from '../ports/tenancy.js';
import { createStreamToken, streamTokenAudience, verifyStreamToken } from './stream-token.js';
import { createFakeProvider, FAKE_SIGNATURE_HEADER, fakeSignature } from './testing/fake-provider.js';

// Stream tokens: the bridge mints them with its own settings (stream.tokenSecret and
// stream.tokenTtlSeconds), and a `?token=` it cannot check says why instead of a bare 401.

const SECRET = 'stream-secret-of-at-least-32-characters!';
const ORIGIN = 'https://crm.test/api/v1';
const nobody: Authenticate = () => null;

function bridgeWith(options: {
  tokenSecret?: string;
  tokenTtlSeconds?: number;
  tokenAudience?: string;
  basePath?: string;
  authenticate?: Authenticate;
  now?: () => number;
}) {
  return createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 't1', key: 'k1' }]),
    contacts: new MemoryContactDirectory([]),
    authenticate: options.authenticate ?? nobody,
    ...(options.now ? { now: options.now } : {}),
    ...(options.basePath !== undefined ? { basePath: options.basePath } : {}),
    stream: {
      ...(options.tokenAudience ? { tokenAudience: options.tokenAudience } : {}),
      ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
      ...(options.tokenTtlSeconds ? { tokenTtlSeconds: options.tokenTtlSeconds } : {}),
    },
  });
}

async function openStream(bridge: ReturnType<typeof bridgeWith>, query: string, origin = ORIGIN) {
  const aborted = new AbortController();
  const response = await bridge.handle(
    new Request(`${origin}/events/stream${query}`, { signal: aborted.signal }),
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

describe('stream token audience', () => {
  const principal = { tenantId: 't1', userId: 'u1' };

  it('a bridge refuses (401 problem+json) a token minted by another bridge sharing its secret', async () => {
    const crm = bridgeWith({ tokenSecret: SECRET, tokenAudience: 'crm-production' });
    const staging = bridgeWith({ tokenSecret: SECRET, tokenAudience: 'crm-staging' });
    const token = await staging.createStreamToken(principal);
    expect((await openStream(staging, `?token=${token}`)).status).toBe(200);
    const refused = await openStream(crm, `?token=${token}`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('unauthenticated');
    expect(problem.detail).toContain('another bridge');
    expect(problem.detail).toContain('stream.tokenAudience');
    expect(problem.detail).not.toContain(token);
    await crm.close();
    await staging.close();
  });

  it("by default binds tokens to the base path: bridges at different paths refuse each other's", async () => {
    const v1 = bridgeWith({ tokenSecret: SECRET });
    const v2 = bridgeWith({ tokenSecret: SECRET, basePath: '/api/v2' });
    expect(v1.runtime.stream.tokenAudience).toBe('callbridge:/api/v1');
    expect(v2.runtime.stream.tokenAudience).toBe(streamTokenAudience('/api/v2'));
    const token = await v1.createStreamToken(principal);
    expect((await openStream(v1, `?token=${token}`)).status).toBe(200);
    expect((await openStream(v2, `?token=${token}`, 'https://crm.test/api/v2')).status).toBe(401);
    await v1.close();
    await v2.close();
  });

  it("instances of one deployment (same secret and audience) accept each other's tokens", async () => {
    const a = bridgeWith({ tokenSecret: SECRET, tokenAudience: 'crm-production' });
    const b = bridgeWith({ tokenSecret: SECRET, tokenAudience: 'crm-production' });
    expect((await openStream(b, `?token=${await a.createStreamToken(principal)}`)).status).toBe(200);
    await a.close();
    await b.close();
  });

  it('refuses a correctly signed token that carries no audience (minted before audiences)', async () => {
    const bridge = bridgeWith({ tokenSecret: SECRET });
    const payload = toBase64Url(
      new TextEncoder().encode(JSON.stringify({ tenantId: 't1', userId: 'u1', exp: 9_999_999_999 })),
    );
    const signature = toBase64Url(await hmacSign('SHA-256', SECRET, payload));
    expect((await openStream(bridge, `?token=${payload}.${signature}`)).status).toBe(401);
    await bridge.close();
  });

  it('createStreamToken from a process without the bridge takes the audience; the default fits a default bridge', async () => {
    const custom = bridgeWith({ tokenSecret: SECRET, tokenAudience: 'crm-production' });
    const plain = bridgeWith({ tokenSecret: SECRET });
    const forCustom = await createStreamToken(SECRET, principal, 60, { audience: 'crm-production' });
    const withDefault = await createStreamToken(SECRET, principal, 60);
    expect((await openStream(custom, `?token=${forCustom}`)).status).toBe(200);
    expect((await openStream(custom, `?token=${withDefault}`)).status).toBe(401);
    expect((await openStream(plain, `?token=${withDefault}`)).status).toBe(200);
    expect((await openStream(plain, `?token=${forCustom}`)).status).toBe(401);
    expect(await verifyStreamToken(SECRET, forCustom, { audience: 'crm-production' })).toEqual(principal);
    expect(await verifyStreamToken(SECRET, forCustom, { audience: 'crm-staging' })).toBeNull();
    await custom.close();
    await plain.close();
  });

  it('rejects an empty or non-string stream.tokenAudience', () => {
    for (const tokenAudience of ['', '  ', 42 as never]) {
      let error: unknown;
      try {
        createCallBridge({
          providers: [],
          tenants: staticTenants([{ id: 't1', key: 'k1' }]),
          contacts: new MemoryContactDirectory([]),
          authenticate: nobody,
          stream: { tokenSecret: SECRET, tokenAudience },
        });
      } catch (caught) {
        error = caught;
      }
      expect(isCallbridgeError(error) && error.code).toBe('configuration_error');
      expect(String((error as Error).message)).toContain('stream.tokenAudience');
    }
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
