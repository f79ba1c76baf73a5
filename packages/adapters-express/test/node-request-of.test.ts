import { createServer } from 'node:http';
import { createCallBridge, MemoryContactDirectory, staticTenants } from '@callbridge/core';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter, nodeRequestOf } from '../src/index.js';
import { closeAfterEach, listen } from './serve.js';

// `authenticate` gets a web Request; nodeRequestOf gives back the Express `req` it was built
// from, so what a session middleware put on it (`req.user`) decides who is signed in.

type SessionRequest = express.Request & { user?: { tenantId: string; id: string } };

const closers = closeAfterEach();

async function appWithSession() {
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 'acme', key: 'acme' }]),
    contacts: new MemoryContactDirectory([]),
    authenticate: (request) => {
      const user = nodeRequestOf<SessionRequest>(request)?.user;
      return user ? { tenantId: user.tenantId, userId: user.id } : null;
    },
  });
  const app = express();
  app.use((req: SessionRequest, _res, next) => {
    // a stand-in for passport / express-session
    if (req.headers.cookie === 'session=ada') req.user = { tenantId: 'acme', id: 'ada' };
    next();
  });
  app.use(createCallbridgeRouter(bridge));
  const served = await listen(createServer(app));
  closers.push(served.close, () => bridge.close());
  return served;
}

describe('nodeRequestOf', () => {
  it('lets authenticate read req.user from the session middleware, for the calls API and the stream', async () => {
    const served = await appWithSession();
    const calls = await served.fetch('/api/v1/calls', { headers: { cookie: 'session=ada' } });
    expect(calls.status).toBe(200);
    expect(await calls.json()).toEqual({ items: [], nextCursor: null });
    expect((await served.fetch('/api/v1/calls')).status).toBe(401);

    const aborted = new AbortController();
    const stream = await served.fetch('/api/v1/events/stream', {
      headers: { cookie: 'session=ada' },
      signal: aborted.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    aborted.abort();
  });

  it('is null for a Request the adapter did not build', () => {
    expect(nodeRequestOf(new Request('http://127.0.0.1/api/v1/calls'))).toBeNull();
  });
});
