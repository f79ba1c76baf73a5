import { createServer, request } from 'node:http';
import { createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallbridgeRouter, createNodeListener } from '../src/index.js';
import { listen } from './serve.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A GET with a Host header of our choosing (fetch does not let a caller set Host). */
function getWithHost(origin: string, path: string, host: string, authorization: string) {
  const { hostname, port } = new URL(origin);
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { host, authorization } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header', () => {
  it('cannot move the routed path past a guard mounted in front of the router', async () => {
    const fixture = createConformanceFixture();
    const app = express();
    // The integrator's own rule for the calls API, ahead of callbridge.
    app.use('/api/v1/calls', (_req, res) => {
      res.status(403).end();
    });
    app.use(createCallbridgeRouter(fixture.bridge));
    const served = await listen(createServer(app));
    closers.push(served.close, () => fixture.bridge.close());
    const auth = fixture.auth('tenant-a');
    const smuggled = await getWithHost(served.origin, '/api/v1/x', 'crm.example/api/v1/calls#', auth);
    expect(smuggled.status).toBe(400);
    expect(smuggled.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(smuggled.body)).toMatchObject({ code: 'malformed_request' });
    expect((await getWithHost(served.origin, '/api/v1/calls', 'crm.example', auth)).status).toBe(403);
  });

  it('answers 400 malformed_request for a Host that is not host[:port], and serves good ones', async () => {
    const fixture = createConformanceFixture();
    const served = await listen(createServer(createNodeListener(fixture.bridge)));
    closers.push(served.close, () => fixture.bridge.close());
    const auth = fixture.auth('tenant-a');
    for (const host of ['a b', 'x:99999', 'user@x', 'x/api/v1/calls?', 'x?y', 'x#y', 'x\\y']) {
      const answer = await getWithHost(served.origin, '/api/v1/calls/stats', host, auth);
      expect(answer.status, host).toBe(400);
      expect(JSON.parse(answer.body), host).toMatchObject({ code: 'malformed_request' });
    }
    // Proxies send upstream names as Host: underscores (nginx upstreams, Compose services), a final dot.
    for (const host of [
      'crm.example.com',
      '127.0.0.1:3000',
      '[::1]:8080',
      'localhost',
      'app_backend',
      'callbridge_app:3000',
      'example.com.',
    ]) {
      const answer = await getWithHost(served.origin, '/api/v1/calls/stats', host, auth);
      expect(answer.status, host).toBe(200);
      expect(JSON.parse(answer.body), host).toHaveProperty('total');
    }
  });

  it('serves an absolute-form request target (as a proxy may send), by its path, through the listener and the router', async () => {
    const fixture = createConformanceFixture();
    const auth = fixture.auth('tenant-a');
    const listener = await listen(createServer(createNodeListener(fixture.bridge)));
    const app = express();
    app.use(createCallbridgeRouter(fixture.bridge));
    const router = await listen(createServer(app));
    closers.push(listener.close, router.close, () => fixture.bridge.close());
    for (const served of [listener, router]) {
      const answer = await getWithHost(
        served.origin,
        'http://crm.example.com/api/v1/calls/stats?from=2026-01-01',
        'crm.example.com',
        auth,
      );
      expect(answer.status, served.origin).toBe(200);
      expect(JSON.parse(answer.body)).toHaveProperty('total');
      const outside = await getWithHost(
        served.origin,
        'http://crm.example.com/other',
        'crm.example.com',
        auth,
      );
      expect(outside.status).toBe(404);
    }
    const odd = await getWithHost(listener.origin, 'ftp://crm.example.com/api/v1/calls/stats', 'x', auth);
    expect(odd.status).toBe(400);
    expect(JSON.parse(odd.body)).toMatchObject({ code: 'malformed_request' });
  });
});
