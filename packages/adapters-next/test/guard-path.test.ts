// A Next.js proxy (`proxy.ts`, or `middleware.ts` before Next 16) that guards by
// `request.nextUrl.pathname` sees the path as the request URL has it: percent-encodings kept and
// `//` kept. `next start` (16.4) hands `/api/callbridge/%63alls` to the proxy as
// `nextUrl.pathname === '/api/callbridge/%63alls'`, then routes it to the catch-all route file,
// whose handler gets the same `request.url`; the bridge decodes each segment and would serve
// `/calls`. (Next resolves dot segments and `%2e` before either sees the path, redirects `//` and
// backslashes with a 308, and a `config.matcher` is matched on the decoded path.) The handlers
// must never serve a path that such a guard saw as another one.
import { createConformanceFixture } from '@callbridge/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouteHandlers, type RouteHandlers } from '../src/index.js';

const fixtures: { bridge: { close(): Promise<void> } }[] = [];
afterEach(async () => {
  for (const fixture of fixtures.splice(0)) await fixture.bridge.close();
});

/**
 * The app: a proxy refusing every path that starts with `guarded` (as `nextUrl.pathname` reads
 * it), then the route file `app/api/callbridge/[...path]/route.ts` exporting every handler.
 */
function app(guarded: string) {
  const fixture = createConformanceFixture({ basePath: '/api/callbridge' });
  fixtures.push(fixture);
  const handlers = createRouteHandlers(fixture.bridge);
  const auth = fixture.auth('tenant-a');
  return async (path: string, method = 'GET') => {
    const request = new Request(`http://localhost:3000${path}`, { method, headers: { authorization: auth } });
    if (new URL(request.url).pathname.startsWith(guarded)) return { status: 403, code: 'guard' };
    const response = await handlers[method as keyof RouteHandlers](request);
    const type = response.headers.get('content-type') ?? '';
    // A HEAD answer has no body: only its status is compared.
    const problem = method !== 'HEAD' && type.includes('problem+json');
    const code = problem ? ((await response.json()) as { code: string }).code : null;
    if (response.body !== null && !response.bodyUsed) await response.body.cancel();
    return { status: response.status, code };
  };
}

describe('a Next proxy guarding by nextUrl.pathname in front of the route handlers', () => {
  it('is not passed by a percent-encoded letter, digit or -._~ in the path, nor by //', async () => {
    const cases: [guarded: string, paths: string[]][] = [
      [
        '/api/callbridge/calls',
        [
          '/api/callbridge/%63alls',
          '/api/callbridge/c%61lls',
          '/api/callbridge/%63alls/stats',
          '/api/callbridge//calls',
          '/api/callbridge//calls/stats',
        ],
      ],
      ['/api/callbridge/calls/stats', ['/api/callbridge/calls/%73tats', '/api/callbridge/calls//stats']],
      [
        '/api/callbridge/events/stream',
        ['/api/callbridge/%65vents/stream', '/api/callbridge/events/str%65am'],
      ],
    ];
    for (const [guarded, paths] of cases) {
      const serve = app(guarded);
      for (const path of paths) {
        expect({ path, ...(await serve(path)) }).toEqual({ path, status: 400, code: 'malformed_request' });
        expect({ path, ...(await serve(path, 'HEAD')) }).toEqual({ path, status: 400, code: null });
      }
    }
  });

  it('still serves the paths as written in the API, with a trailing slash or encodings in the query', async () => {
    const serve = app('/api/callbridge/admin');
    for (const path of [
      '/api/callbridge/calls',
      '/api/callbridge/calls/',
      '/api/callbridge/calls/stats',
      '/api/callbridge/calls?direction=%69nbound',
    ]) {
      expect({ path, ...(await serve(path)) }).toEqual({ path, status: 200, code: null });
    }
    // Other percent-encodings (a reserved character, a space) reach the bridge, which answers them.
    expect(await serve('/api/callbridge/calls/a%2Fb')).toEqual({ status: 404, code: 'not_found' });
    expect(await serve('/api/callbridge/calls%20')).toEqual({ status: 404, code: 'not_found' });
  });
});
