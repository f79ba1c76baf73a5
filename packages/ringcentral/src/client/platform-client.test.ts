import { CallbridgeError } from '@callbridge/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import { FakeClock } from './fake-clock.js';
import { RingCentralClient } from './platform-client.js';

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.state.tokenRequests.length = 0;
  mock.state.accessTokenTtlSeconds = 3600;
  mock.state.refreshTokenTtlSeconds = 604800;
});
afterAll(() => server.close());

const API = 'https://platform.ringcentral.com/restapi/v1.0';
const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

function client(
  clock = new FakeClock(),
  extra: Partial<ConstructorParameters<typeof RingCentralClient>[0]> = {},
) {
  return new RingCentralClient({
    clientId: 'id',
    clientSecret: 'secret',
    jwt: 'jwt-credential',
    clock,
    ...extra,
  });
}

const listSubscriptions = {
  method: 'GET',
  url: '/restapi/v1.0/subscription',
  group: 'light',
  what: 'list',
} as const;

describe('RingCentralClient', () => {
  it('logs in with the JWT and sends a lowercase bearer token', async () => {
    let auth = '';
    server.use(
      http.get(`${API}/subscription`, ({ request }) => {
        auth = request.headers.get('authorization') ?? '';
        return HttpResponse.json({ records: [] });
      }),
    );
    const rc = client();
    await expect(rc.json(listSubscriptions)).resolves.toEqual({ records: [] });
    expect(auth).toMatch(/^bearer access-/);
    expect(mock.state.tokenRequests.map((t) => t.grantType)).toEqual([JWT_GRANT]);
    await expect(rc.ownerId()).resolves.toBe(mock.state.ownerId);
  });

  it('logs in again with the JWT when the refresh after a 401 fails', async () => {
    const rc = client();
    await rc.json(listSubscriptions);
    mock.state.revokeAllTokens();
    await expect(rc.json(listSubscriptions)).resolves.toMatchObject({ records: [] });
    expect(mock.state.tokenRequests).toEqual([
      { grantType: JWT_GRANT, status: 200 },
      { grantType: 'refresh_token', status: 400 },
      { grantType: JWT_GRANT, status: 200 },
    ]);
  });

  it('logs in again with the JWT when the refresh token has expired', async () => {
    const rc = client();
    await rc.json(listSubscriptions);
    // a week later: both tokens are past their expiry
    await rc.platform
      .auth()
      .setData({ expire_time: Date.now() - 1, refresh_token_expire_time: Date.now() - 1 });
    await rc.json(listSubscriptions);
    expect(mock.state.tokenRequests.map((t) => t.grantType)).toEqual([JWT_GRANT, JWT_GRANT]);
  });

  it('honours a storm of 429s with Retry-After, 60 s when absent, without real waits', async () => {
    const clock = new FakeClock();
    let calls = 0;
    server.use(
      http.get(`${API}/account/~/call-log`, () => {
        calls += 1;
        if (calls === 1) return HttpResponse.json({ errors: [{ errorCode: 'CMN-301' }] }, { status: 429 });
        if (calls <= 4) {
          return HttpResponse.json(
            { errorCode: 'CMN-301', errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }] },
            { status: 429, headers: { 'Retry-After': String(calls * 5) } },
          );
        }
        return HttpResponse.json({ records: [], navigation: {} });
      }),
    );
    const rc = client(clock);
    const started = Date.now();
    await rc.json({
      method: 'GET',
      url: '/restapi/v1.0/account/~/call-log',
      group: 'heavy',
      what: 'call log',
    });
    expect(calls).toBe(5);
    expect(clock.sleeps).toEqual([60_000, 10_000, 15_000, 20_000]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up after maxRetries 429s with a rate_limited error carrying the RingCentral code', async () => {
    server.use(
      http.get(`${API}/subscription`, () =>
        HttpResponse.json(
          { errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }] },
          { status: 429, headers: { 'Retry-After': '1' } },
        ),
      ),
    );
    const error = await client(new FakeClock(), { maxRetries: 2 })
      .json(listSubscriptions)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbridgeError);
    expect(error).toMatchObject({
      code: 'rate_limited',
      details: { errorCode: 'CMN-301', upstreamStatus: 429 },
    });
  });

  it('paces the Heavy group to the configured calls per minute', async () => {
    const clock = new FakeClock();
    server.use(http.get(`${API}/account/~/call-log`, () => HttpResponse.json({ records: [] })));
    const rc = client(clock, { rateLimits: { heavy: 2 } });
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      await rc.json({
        method: 'GET',
        url: '/restapi/v1.0/account/~/call-log',
        group: 'heavy',
        what: 'call log',
      });
      starts.push(clock.now());
    }
    const t0 = starts[0] ?? 0;
    expect(starts.map((t) => t - t0)).toEqual([0, 0, 60_000, 60_000, 120_000]);
  });

  it('paces the Heavy group to 10 calls per minute by default', async () => {
    const clock = new FakeClock();
    server.use(http.get(`${API}/account/~/call-log`, () => HttpResponse.json({ records: [] })));
    const rc = client(clock);
    const t0 = clock.now();
    for (let i = 0; i < 11; i++) {
      await rc.json({
        method: 'GET',
        url: '/restapi/v1.0/account/~/call-log',
        group: 'heavy',
        what: 'call log',
      });
    }
    expect(clock.now() - t0).toBe(60_000);
  });

  it('parses errors[].errorCode of a 400 into an upstream_error', async () => {
    server.use(
      http.post(`${API}/subscription`, () =>
        HttpResponse.json(
          { errors: [{ errorCode: 'SUB-508', message: 'Event filters are invalid' }] },
          { status: 400 },
        ),
      ),
    );
    const error = await client()
      .json({ method: 'POST', url: '/restapi/v1.0/subscription', body: {}, group: 'medium', what: 'create' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'upstream_error',
      details: { errorCode: 'SUB-508', upstreamStatus: 400 },
    });
    expect((error as Error).message).toContain('SUB-508');
  });

  it('retries a 503 on GET with exponential backoff', async () => {
    const clock = new FakeClock();
    let calls = 0;
    server.use(
      http.get(`${API}/subscription`, () => {
        calls += 1;
        return calls < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ records: [] });
      }),
    );
    await client(clock).json(listSubscriptions);
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });
});
