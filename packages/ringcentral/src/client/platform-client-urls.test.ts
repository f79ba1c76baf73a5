import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRingCentralMock } from '../testing.js';
import { FakeClock } from './fake-clock.js';
import { RingCentralClient } from './platform-client.js';

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
/** Host of every request that carried an `Authorization` header (the token, or Basic on login). */
const withToken: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.headers.has('authorization')) withToken.push(new URL(request.url).host);
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  withToken.length = 0;
});
afterAll(() => server.close());

const MEDIA_PATH = '/restapi/v1.0/account/1/recording/9/content';

function client() {
  return new RingCentralClient({
    clientId: 'id',
    clientSecret: 'secret',
    jwt: 'jwt-credential',
    clock: new FakeClock(),
    maxRetries: 0,
  });
}

describe('RingCentralClient: where an absolute URL goes', () => {
  it.each([
    'HTTPS://media.ringcentral.com',
    'https:/media.ringcentral.com',
    'https:\\\\media.ringcentral.com',
  ])('sends %s... to the host it checked, written out as parsed', async (origin) => {
    const seen: string[] = [];
    server.use(
      http.get(`https://media.ringcentral.com${MEDIA_PATH}`, ({ request }) => {
        seen.push(request.headers.get('authorization') ?? '');
        return HttpResponse.arrayBuffer(new Uint8Array([1, 2, 3]).buffer, {
          headers: { 'content-type': 'audio/mpeg' },
        });
      }),
    );
    const response = await client().send({
      method: 'GET',
      url: `${origin}${MEDIA_PATH}`,
      group: 'heavy',
      what: 'download recording',
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual([expect.stringMatching(/^bearer access-/)]);
    expect(withToken).toEqual(['platform.ringcentral.com', 'media.ringcentral.com']);
  });

  it('refuses a path without its leading slash, which the SDK would glue onto the server host', async () => {
    const error = await client()
      .send({ method: 'GET', url: '.example.com/x', group: 'light', what: 'read' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'upstream_error' });
    expect(String((error as Error).message)).toMatch(/refusing to send the access token/);
    expect(withToken).toEqual([]);
  });
});
