// A guard mounted in front of the router (`app.use('/api', requireLogin)`) matches the path as
// Express reads it (parseurl: as sent, dot segments, `//` and percent-encodings kept), while the
// bridge reads a URL (dot segments resolved, segments decoded). The router must never serve a
// path that the guard saw as another one.
import { createServer, request } from 'node:http';
import { createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter } from '../src/index.js';
import { closeAfterEach, listen } from './serve.js';

const closers = closeAfterEach();

/** A GET with the request target exactly as written (node:http sends `path` as it is). */
function get(origin: string, target: string, authorization: string) {
  const { hostname, port } = new URL(origin);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path: target, headers: { authorization } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An app with `guard` at `at`, then the router (mounted at `mount`), then a 404 of its own. */
async function guarded(at: string, mount = '/') {
  const fixture = createConformanceFixture();
  const app = express();
  app.use(at, (_req, res) => {
    res.status(403).end('guard');
  });
  app.use(mount, createCallbridgeRouter(fixture.bridge));
  app.use((_req, res) => {
    res.status(404).end('app 404');
  });
  const served = await listen(createServer(app));
  closers.push(served.close, () => fixture.bridge.close());
  return { origin: served.origin, auth: fixture.auth('tenant-a') };
}

describe('a guard mounted in front of the router', () => {
  it('is not passed by an absolute-form target whose dot segments lead back under it', async () => {
    for (const at of ['/api', '/api/v1']) {
      const { origin, auth } = await guarded(at);
      expect((await get(origin, 'http://crm.example.com/api/v1/calls/stats', auth)).status).toBe(403);
      // Express matches `/x/../api/...` (not under the guard); a URL parser resolves it to `/api/...`.
      for (const target of [
        'http://crm.example.com/x/../api/v1/calls/stats',
        'http://crm.example.com/x/%2e%2e/api/v1/calls/stats',
        'http://crm.example.com/x/%2E./api/v1/calls/stats',
        'http://crm.example.com/./api/v1/calls/stats',
      ]) {
        const answer = await get(origin, target, auth);
        // Not the bridge's path as the app reads it: the request goes on to the app's own 404.
        expect({ target, at, ...answer }).toEqual({ target, at, status: 404, body: 'app 404' });
        // The same target in origin form fell through already.
        const origin404 = await get(origin, target.slice('http://crm.example.com'.length), auth);
        expect({ target, at, ...origin404 }).toEqual({ target, at, status: 404, body: 'app 404' });
      }
    }
  });

  it('is not passed by a spelling of a path under basePath that the bridge reads as the guarded one', async () => {
    for (const mount of ['/', '/api/v1']) {
      const { origin, auth } = await guarded('/api/v1/calls', mount);
      expect((await get(origin, '/api/v1/calls/stats', auth)).status).toBe(403);
      expect((await get(origin, 'http://crm.example.com/api/v1/calls/stats', auth)).status).toBe(403);
      // Each reads as /api/v1/calls/stats to the bridge, and as another path to Express.
      for (const path of [
        '/api/v1/x/../calls/stats',
        '/api/v1/x/%2e%2e/calls/stats',
        '/api/v1/./calls/stats',
        '/api/v1//calls/stats',
        '/api/v1/%63alls/stats',
        '/api/v1/%63%61%6C%6C%73/stats',
        '/api/v1/x\\..\\calls/stats',
      ]) {
        for (const target of [path, `http://crm.example.com${path}`]) {
          const answer = await get(origin, target, auth);
          expect({ target, mount, status: answer.status }).toEqual({ target, mount, status: 400 });
          expect(JSON.parse(answer.body)).toMatchObject({ code: 'malformed_request' });
        }
      }
      // Ordinary paths of the bridge are still served.
      expect((await get(origin, '/api/v1/events/stream?x=1', 'nope')).status).toBe(401);
      expect((await get(origin, 'http://crm.example.com/api/v1/events/stream', 'nope')).status).toBe(401);
      expect((await get(origin, '/api/v1/calls-other', auth)).status).toBe(404);
    }
  });
});
