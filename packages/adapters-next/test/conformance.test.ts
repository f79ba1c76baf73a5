import { type AdapterHarness, runAdapterConformance } from '@callbridge/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouteHandlers, type RouteHandlers } from '../src/index.js';

/** Calls the exported method handler, as Next's App Router does, with real Request objects. */
const nextHarness: AdapterHarness = {
  name: 'next route handlers',
  async serve(bridge) {
    const handlers = createRouteHandlers(bridge);
    return {
      fetch: (path, init) => {
        const request = new Request(`http://localhost:3000${path}`, init);
        const handler = handlers[request.method as keyof RouteHandlers];
        return handler(request);
      },
      close: async () => undefined,
    };
  },
};

runAdapterConformance(nextHarness, { describe, it, beforeEach, afterEach }, { basePath: '/api/callbridge' });

describe('createRouteHandlers', () => {
  it('exports one handler per method, all delegating to bridge.handle unchanged', async () => {
    const seen: Request[] = [];
    const handlers = createRouteHandlers({
      handle: async (request) => {
        seen.push(request);
        return new Response('ok');
      },
    });
    const methods = Object.keys(handlers).sort();
    expect(methods).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    const request = new Request('http://localhost/api/callbridge/calls', { method: 'PUT', body: 'x' });
    expect(await (await handlers.PUT(request)).text()).toBe('ok');
    expect(seen[0]).toBe(request);
  });
});
