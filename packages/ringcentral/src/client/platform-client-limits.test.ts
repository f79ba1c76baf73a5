import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import { FakeClock } from './fake-clock.js';
import { RingCentralClient } from './platform-client.js';

// A broken or hostile platform: answers far larger than the client reads, on every path the
// client or the SDK reads a body (API JSON, the token endpoint, error answers).

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const TOKEN_URL = 'https://platform.ringcentral.com/restapi/oauth/token';
const SUBSCRIPTIONS = 'https://platform.ringcentral.com/restapi/v1.0/subscription';
const LIMIT = 1024 * 1024;
let pulled = 0;

/** A JSON object of 64 MiB in 64 KiB chunks, counting the chunks read. */
function hugeJson(): ReadableStream<Uint8Array> {
  pulled = 0;
  const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"records":[]'));
    },
    pull(controller) {
      pulled += 1;
      if (pulled > 1024) {
        controller.enqueue(new TextEncoder().encode('}'));
        controller.close();
      } else controller.enqueue(chunk);
    },
  });
}

const json = { 'content-type': 'application/json' };
const client = () =>
  new RingCentralClient({
    clientId: 'id',
    clientSecret: 'secret',
    jwt: 'jwt-credential',
    clock: new FakeClock(),
    maxRetries: 0,
    maxResponseBytes: LIMIT,
  });
const list = { method: 'GET', url: '/restapi/v1.0/subscription', group: 'light', what: 'list' } as const;

describe('RingCentralClient reads bounded answers', () => {
  it('json() refuses an answer past maxResponseBytes after reading about that much', async () => {
    server.use(http.get(SUBSCRIPTIONS, () => new HttpResponse(hugeJson(), { headers: json })));
    await expect(client().json(list)).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining(`RingCentral list answered with a body larger than ${LIMIT} bytes`),
    });
    expect(pulled).toBeLessThan(40);
  });

  it('a token answer past the limit fails the login instead of being read whole by the SDK', async () => {
    server.use(http.post(TOKEN_URL, () => new HttpResponse(hugeJson(), { headers: json })));
    await expect(client().login()).rejects.toMatchObject({
      code: 'upstream_error',
      message: expect.stringContaining('larger than'),
    });
    expect(pulled).toBeLessThan(40);
  });

  it('an error answer past the limit still fails with its status, read only up to the limit', async () => {
    const rc = client();
    await rc.login();
    server.use(http.get(SUBSCRIPTIONS, () => new HttpResponse(hugeJson(), { status: 400, headers: json })));
    await expect(rc.send(list)).rejects.toMatchObject({
      code: 'upstream_error',
      details: { upstreamStatus: 400 },
    });
    expect(pulled).toBeLessThan(40);
  });

  it('hands a successful GET (a recording) back unread and whole, whatever its size', async () => {
    const rc = client();
    await rc.login();
    const audio = new Uint8Array(3 * LIMIT).fill(7);
    server.use(
      http.get('https://media.ringcentral.com/restapi/v1.0/account/1/recording/2/content', () =>
        HttpResponse.arrayBuffer(audio.buffer, { headers: { 'content-type': 'audio/mpeg' } }),
      ),
    );
    const response = await rc.send({
      method: 'GET',
      url: 'https://media.ringcentral.com/restapi/v1.0/account/1/recording/2/content',
      group: 'heavy',
      what: 'download recording',
    });
    expect((await response.arrayBuffer()).byteLength).toBe(audio.byteLength);
  });
});
