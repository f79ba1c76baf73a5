import { inspect } from 'node:util';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import { FakeClock } from './fake-clock.js';
import { RingCentralClient } from './platform-client.js';

// What an integrator's logger shows of a failed call: `console.error(error)` / util.inspect print
// the error's cause with its own properties, so no credential may be reachable from it.

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TOKEN_URL = 'https://platform.ringcentral.com/restapi/oauth/token';
const CLIENT_SECRET = 'client-secret-value-9f2c';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJqd3QtY3JlZGVudGlhbCJ9.c2lnbmF0dXJl';
const BASIC = Buffer.from(`client-id:${CLIENT_SECRET}`).toString('base64');

const client = () =>
  new RingCentralClient({
    clientId: 'client-id',
    clientSecret: CLIENT_SECRET,
    jwt: JWT,
    clock: new FakeClock(),
  });

function shown(error: unknown): string {
  return inspect(error, { depth: 10, showHidden: true });
}

describe('RingCentralClient errors never carry credentials', () => {
  it('a refused JWT login shows neither the client secret (Basic header) nor the JWT', async () => {
    server.use(
      http.post(TOKEN_URL, () =>
        HttpResponse.json({ error: 'invalid_grant', error_description: 'bad assertion' }, { status: 400 }),
      ),
    );
    const error = await client()
      .login()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: 'upstream_error', details: { errorCode: 'invalid_grant' } });
    const text = shown(error);
    expect(text).toContain('bad assertion');
    for (const secret of [BASIC, CLIENT_SECRET, JWT]) expect(text).not.toContain(secret);
  });

  it('a failed API call shows no bearer token, and a network failure none either', async () => {
    const rc = client();
    await rc.login();
    const token = (await rc.platform.auth().data()).access_token as string;
    expect(token).toBeTruthy();
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/subscription', () =>
        HttpResponse.json({ errors: [{ errorCode: 'CMN-102', message: 'not found' }] }, { status: 404 }),
      ),
    );
    const request = {
      method: 'GET',
      url: '/restapi/v1.0/subscription',
      group: 'light',
      what: 'list',
    } as const;
    const failed = await rc.send(request).catch((e: unknown) => e);
    expect(failed).toMatchObject({ details: { upstreamStatus: 404, errorCode: 'CMN-102' } });
    expect(shown(failed)).not.toContain(token);

    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/subscription', () => HttpResponse.error()),
    );
    const offline = await rc.send(request).catch((e: unknown) => e);
    expect(offline).toMatchObject({ code: 'upstream_error' });
    expect(shown(offline)).not.toContain(token);
  });
});

describe('RingCentralClient sends its token only to RingCentral', () => {
  it('refuses an absolute URL on another host (a navigation link from an answer), sending nothing there', async () => {
    let reached = 0;
    server.use(
      http.get('https://collector.example/restapi/v1.0/account/~/call-log', () => {
        reached += 1;
        return HttpResponse.json({ records: [] });
      }),
    );
    const rc = client();
    await expect(
      rc.json({
        method: 'GET',
        url: 'https://collector.example/restapi/v1.0/account/~/call-log?page=2',
        group: 'heavy',
        what: 'read call log page',
      }),
    ).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('refusing to send the access token to collector.example'),
    });
    expect(reached).toBe(0);
  });

  it("still follows absolute links on RingCentral's hosts", async () => {
    server.use(
      http.get('https://platform.ringcentral.com/restapi/v1.0/account/~/call-log', () =>
        HttpResponse.json({ records: [] }),
      ),
    );
    await expect(
      client().json({
        method: 'GET',
        url: 'https://platform.ringcentral.com/restapi/v1.0/account/~/call-log?page=2',
        group: 'heavy',
        what: 'read call log page',
      }),
    ).resolves.toEqual({ records: [] });
  });
});
