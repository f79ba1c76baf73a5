import { createServer } from 'node:http';
import { createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallbridgeRouter } from '../src/index.js';
import { listen } from './serve.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serveApp(
  configure: (app: express.Express, router: ReturnType<typeof createCallbridgeRouter>) => void,
  basePath?: string,
) {
  const fixture = createConformanceFixture(basePath === undefined ? {} : { basePath });
  const app = express();
  configure(app, createCallbridgeRouter(fixture.bridge));
  const served = await listen(createServer(app));
  closers.push(served.close, () => fixture.bridge.close());
  return { fixture, served };
}

describe('createCallbridgeRouter', () => {
  it('fails with raw_body_unavailable naming the fix when express.json() ran first', async () => {
    const { fixture, served } = await serveApp((app, router) => {
      app.use(express.json());
      app.use(router);
    });
    const response = await served.fetch(
      fixture.webhookPath(0),
      await fixture.webhook(0, fixture.calls([{ id: 'p' }])),
    );
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('raw_body_unavailable');
    expect(problem.detail).toContain('Mount the callbridge router before express.json()');
    expect(fixture.provider.bodies).toHaveLength(0);
  });

  it('names the basePath to exclude from the body parser, not always /api/v1', async () => {
    const { fixture, served } = await serveApp((app, router) => {
      app.use(express.json());
      app.use('/crm', router);
    }, '/crm/api/v1');
    expect(fixture.webhookPath(0)).toMatch(/^\/crm\/api\/v1\//);
    const response = await served.fetch(
      fixture.webhookPath(0),
      await fixture.webhook(0, fixture.calls([{ id: 'p' }])),
    );
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('raw_body_unavailable');
    expect(problem.detail).toContain('app.use(/^(?!\\/crm\\/api\\/v1\\/)/, express.json())');
    expect(problem.detail).not.toContain('(?!\\/api\\/v1');
  });

  it.each([
    ['/api/v1', '/'],
    ['/crm/api/v1', '/crm'],
  ])('the parser exclusion the hint names works (basePath %s, router at %s)', async (basePath, mount) => {
    const first = await serveApp((app, router) => {
      app.use(express.json());
      app.use(mount, router);
    }, basePath);
    const failed = await first.served.fetch(
      first.fixture.webhookPath(0),
      await first.fixture.webhook(0, first.fixture.calls([{ id: 'p' }])),
    );
    const { detail } = (await failed.json()) as { detail: string };
    const source = /app\.use\(\/(.+)\/, express\.json\(\)\)/.exec(detail)?.[1] as string;
    const { fixture, served } = await serveApp((app, router) => {
      app.use(new RegExp(source), express.json());
      app.use(mount, router);
      app.post('/echo', (req, res) => {
        res.json(req.body);
      });
    }, basePath);
    const hook = await served.fetch(
      fixture.webhookPath(0),
      await fixture.webhook(0, fixture.calls([{ id: 'p' }])),
    );
    expect(hook.status).toBe(200);
    const echo = await served.fetch('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(await echo.json()).toEqual({ a: 1 });
  });

  it('serves normally when express.json() is mounted after the router', async () => {
    const { fixture, served } = await serveApp((app, router) => {
      app.use(router);
      app.use(express.json());
    });
    const response = await served.fetch(
      fixture.webhookPath(0),
      await fixture.webhook(0, fixture.calls([{ id: 'q' }])),
    );
    expect(await response.json()).toEqual({ status: 'received', events: 1 });
  });

  it('accepts the exact bytes express.raw() left in req.body', async () => {
    const { fixture, served } = await serveApp((app, router) => {
      app.use(express.raw({ type: '*/*' }));
      app.use(router);
    });
    const body = `{"calls":[{"id":"raw"}],"note":"é\\r\\n"}\r\n`;
    const response = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, body));
    expect(await response.json()).toEqual({ status: 'received', events: 1 });
    expect(new TextDecoder().decode(fixture.provider.bodies[0])).toBe(body);
  });

  it('lets paths outside basePath fall through to the next middleware', async () => {
    const { served } = await serveApp((app, router) => {
      app.use(router);
      app.get('/health', (_req, res) => {
        res.json({ ok: true });
      });
    });
    expect(await (await served.fetch('/health')).json()).toEqual({ ok: true });
  });

  it('routes by the original URL whatever the mount point (basePath is the public path)', async () => {
    const { fixture, served } = await serveApp((app, router) => {
      app.use('/api', router);
    });
    const response = await served.fetch(`/api/v1/calls`, {
      headers: { authorization: fixture.auth('tenant-a') },
    });
    expect(response.status).toBe(200);
    expect(fixture.basePath).toBe('/api/v1');
  });

  it('mounted under a prefix that basePath does not start with, says how to fix basePath', async () => {
    const { fixture, served } = await serveApp((app, router) => {
      app.use('/crm', router);
      app.get('/crm/health', (_req, res) => {
        res.json({ ok: true });
      });
    });
    const response = await served.fetch('/crm/api/v1/calls', {
      headers: { authorization: fixture.auth('tenant-a') },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('not_found');
    expect(problem.detail).toContain("set basePath: '/crm/api/v1'");
    // Other paths under the prefix still reach the next middleware.
    expect(await (await served.fetch('/crm/health')).json()).toEqual({ ok: true });
  });
});
