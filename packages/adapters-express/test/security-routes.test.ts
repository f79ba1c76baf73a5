// Security probes of the routes over real HTTP on 127.0.0.1, as an internet client and as a
// malicious tenant: odd paths against the router and basePath, every method on every route, the
// stream token, repeated and huge query parameters, CR/LF reaching SSE lines, tenant checks.
import { connect } from 'node:net';
import { createStreamToken } from '@callbridge/core';
import { createConformanceFixture, SseReader } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, expressMountedHarness, expressRootHarness, nodeListenerHarness } from './serve.js';

const closers = closeAfterEach();

async function serve(harness: typeof nodeListenerHarness) {
  const fixture = createConformanceFixture();
  const served = (await harness.serve(fixture.bridge)) as Awaited<ReturnType<typeof harness.serve>> & {
    origin: string;
  };
  closers.push(served.close, () => fixture.bridge.close());
  const post = async (tenant: 0 | 1, ids: string[]) => {
    const response = await served.fetch(
      fixture.webhookPath(tenant),
      await fixture.webhook(tenant, fixture.calls(ids.map((id) => ({ id })))),
    );
    expect(response.status).toBe(200);
  };
  const get = (path: string, tenant = 'tenant-a', init: RequestInit = {}) =>
    served.fetch(`/api/v1${path}`, { ...init, headers: { authorization: fixture.auth(tenant) } });
  return { fixture, served, post, get, port: Number(new URL(served.origin).port) };
}

/** One raw request (the path exactly as written, no client normalization); status and body. */
function rawGet(port: number, path: string, headers = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    const done = () => {
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(out)?.[1] ?? 0);
      resolve({ status, text: out });
    };
    socket.on('data', (d) => {
      out += d.toString('utf8');
      if (/\r\n\r\n/.test(out) && /content-length: (\d+)/i.test(out)) {
        const length = Number(/content-length: (\d+)/i.exec(out)?.[1]);
        if (Buffer.byteLength(out.split('\r\n\r\n').slice(1).join('\r\n\r\n')) >= length) done();
      }
    });
    socket.on('end', done);
    socket.on('error', done);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`);
  });
}

const harnesses = [nodeListenerHarness, expressRootHarness, expressMountedHarness];

describe.each(harnesses)('security probes ($name)', (harness) => {
  it("never serves another tenant's call through an odd spelling of its path", async () => {
    const { fixture, post, port } = await serve(harness);
    await post(1, ['b-secret-call']);
    const page = await fixture.bridge.handle(
      new Request('http://x/api/v1/calls', { headers: { authorization: fixture.auth('tenant-b') } }),
    );
    const id = ((await page.json()) as { items: Array<{ id: string }> }).items[0]?.id ?? '';
    expect(id).not.toBe('');
    const auth = `Authorization: ${fixture.auth('tenant-a')}\r\n`;
    const spellings = [
      `/api/v1/calls/${id}`,
      `/api/v1/calls/${id}/`,
      `/api/v1//calls//${id}`,
      `/api/v1/calls/${encodeURIComponent(id)}`,
      `/api/v1/calls/x/../${id}`,
      `/api/v1/calls/%2e%2e/calls/${id}`,
      `/api/v1/./calls/${id}`,
      `/api/v1/calls/${id}%00`,
      `/api/v1/calls/${id}?tenant=tenant-b`,
    ];
    for (const path of spellings) {
      const { status, text } = await rawGet(port, path, auth);
      expect([404, 400], path).toContain(status);
      expect(text, path).not.toContain('b-secret-call');
    }
  });

  it('answers odd paths with 4xx, never a 5xx or a crash', async () => {
    const { fixture, port } = await serve(harness);
    const auth = `Authorization: ${fixture.auth('tenant-a')}\r\n`;
    const paths = [
      '/api/v1/calls/%ZZ',
      '/api/v1/calls/%C0%AF',
      '/api/v1/calls/%E2%80%AE%F0%9F%98%80',
      `/api/v1/calls/${'a'.repeat(8000)}`,
      `/api/v1/${'calls/'.repeat(500)}`,
      '/api/v1/calls%2Fstats',
      '/api/v1%2Fcalls',
      '//api/v1/calls',
      '/api/v1/webhooks/ringover/key-a%2F..%2Fkey-b',
      '/api/v1/events/stream/..%2F..%2Fcalls',
      '/api/v1/calls/\u00e9',
    ];
    for (const path of paths) {
      const { status } = await rawGet(port, path, auth);
      expect(status, path).toBeGreaterThanOrEqual(400);
      expect(status, path).toBeLessThan(500);
    }
    // Nothing broke: the next ordinary request is served.
    expect((await rawGet(port, '/api/v1/calls', auth)).status).toBe(200);
  });

  it('answers HEAD like GET without a body and OPTIONS/PUT/DELETE/PATCH with 405 + Allow, changing nothing', async () => {
    const { fixture, served } = await serve(harness);
    const routes: Array<[string, string]> = [
      ['/api/v1/calls', 'GET, HEAD'],
      ['/api/v1/calls/stats', 'GET, HEAD'],
      ['/api/v1/calls/some-id', 'GET, HEAD'],
      ['/api/v1/events/stream', 'GET, HEAD'],
      [fixture.webhookPath(0), 'POST'],
    ];
    const signed = await fixture.webhook(0, fixture.calls([{ id: 'by-other-method' }]));
    for (const [path, allow] of routes) {
      for (const method of [
        'OPTIONS',
        'PUT',
        'DELETE',
        'PATCH',
        ...(allow === 'POST' ? ['GET', 'HEAD'] : ['POST']),
      ]) {
        const response = await served.fetch(path, {
          method,
          headers: { ...(signed.headers as Record<string, string>), authorization: fixture.auth('tenant-a') },
          body: method === 'GET' || method === 'HEAD' ? undefined : (signed.body as string),
        });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
        if (method !== 'HEAD') {
          expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(((await response.json()) as { code: string }).code).toBe('method_not_allowed');
        } else expect(await response.text()).toBe('');
      }
      if (allow.includes('HEAD')) {
        const head = await served.fetch(path, {
          method: 'HEAD',
          headers: { authorization: fixture.auth('tenant-a') },
        });
        expect([200, 404], path).toContain(head.status);
        expect(await head.text(), path).toBe('');
        const anonymous = await served.fetch(path, { method: 'HEAD' });
        expect(anonymous.status, path).toBe(401);
      }
    }
    expect(fixture.provider.bodies).toHaveLength(0);
    expect(fixture.broadcaster.active).toBe(0);
  });

  it('refuses every forged, foreign, expired or misplaced stream token with 401, never echoing it', async () => {
    const { fixture, served, get } = await serve(harness);
    const path = '/api/v1/events/stream';
    const valid = await fixture.streamToken('tenant-a');
    const [payload, signature] = valid.split('.') as [string, string];
    const forgedPayload = Buffer.from(
      JSON.stringify({ tenantId: 'tenant-b', userId: 'user-1', exp: 9_999_999_999 }),
    ).toString('base64url');
    const header = (alg: string) => Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    const bad = [
      `${forgedPayload}.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      `${payload}.`,
      `${payload}`,
      `${header('none')}.${forgedPayload}.`,
      `${header('HS256')}.${payload}.${signature}`,
      await createStreamToken(
        'another-secret-another-secret-0123456789',
        { tenantId: 'tenant-a', userId: 'u' },
        60,
      ),
      await fixture.streamToken('tenant-a', -1),
      await fixture.streamToken('tenant-a', 0),
      `${payload}.${signature}=`,
      `${payload}=.${signature}`,
      '',
      `${'a'.repeat(6000)}.${signature}`,
    ];
    for (const token of bad) {
      const response = await served.fetch(`${path}?token=${encodeURIComponent(token)}`);
      expect(response.status, token).toBe(401);
      const text = await response.text();
      if (token.length > 0) expect(text).not.toContain(token);
    }
    // A valid stream token is for the stream only: it does not open the calls API.
    expect((await served.fetch(`/api/v1/calls?token=${valid}`)).status).toBe(401);
    // An invalid token is a 401 even next to valid credentials (no silent fallback).
    const both = await get(`/events/stream?token=${encodeURIComponent(bad[0] ?? '')}`);
    expect(both.status).toBe(401);
    expect(fixture.broadcaster.active).toBe(0);
  });

  it("serves a token's own tenant only: replay from 0 and live events of the other tenant never show", async () => {
    const { fixture, served, post } = await serve(harness);
    await post(1, ['b-1', 'b-2']);
    await post(0, ['a-1']);
    const token = await fixture.streamToken('tenant-a');
    const response = await served.fetch(`/api/v1/events/stream?token=${token}&lastEventId=0`, {
      headers: { authorization: fixture.auth('tenant-b') },
    });
    expect(response.status).toBe(200);
    const reader = new SseReader(response);
    await post(1, ['b-3']);
    await post(0, ['a-2']);
    const events = await reader.take(2);
    expect(events.map((e) => JSON.parse(e.data).sourceRecordId)).toEqual(['a-1', 'a-2']);
    expect(reader.raw).not.toMatch(/"b-\d"/);
    await reader.cancel();
  });

  it('keeps CR/LF sent in Last-Event-ID out of the SSE lines', async () => {
    const { fixture, served, port } = await serve(harness);
    const injected = encodeURIComponent('1\r\nevent: pwned\r\ndata: {"x":1}\r\n\r\nid: 9');
    const response = await served.fetch(`/api/v1/events/stream?lastEventId=${injected}`, {
      headers: { authorization: fixture.auth('tenant-a') },
    });
    const reader = new SseReader(response);
    const first = await reader.next();
    expect(first.event).toBe('resync');
    expect(reader.raw).not.toContain('pwned');
    expect(reader.raw).not.toMatch(/^id: 9$/m);
    await reader.cancel();
    // The header form: Node refuses CR/LF in a header value before the bridge sees it.
    const raw = await rawGet(
      port,
      '/api/v1/events/stream',
      `Authorization: ${fixture.auth('tenant-a')}\r\nLast-Event-ID: 1\revent: pwned\r\n`,
    );
    expect(raw.text).not.toMatch(/^event: pwned/m);
  });

  it('refuses repeated and huge query parameters with a short 400 that does not echo them', async () => {
    const { get } = await serve(harness);
    const huge = 'x'.repeat(6000);
    const queries = [
      'limit=1&limit=100',
      'direction=inbound&direction=outbound',
      `direction=${huge}`,
      `source=${huge}`,
      `contactId=${huge}`,
      `cursor=${huge}`,
      `from=${huge}`,
      'limit=1e2',
      'limit=-1',
      'limit=%00',
      'from=2026-01-01&from=2026-02-01',
    ];
    for (const query of queries) {
      const response = await get(`/calls?${query}`);
      expect(response.status, query).toBe(400);
      const text = await response.text();
      expect(text.length, query).toBeLessThan(1000);
      expect(text).not.toContain(huge.slice(0, 100));
    }
    const stats = await get(`/calls/stats?from=2026-01-01&from=${huge}`);
    expect(stats.status).toBe(400);
  });

  it("refuses a webhook to one tenant's URL signed with another tenant's secret, storing nothing", async () => {
    const { fixture, served } = await serve(harness);
    const body = fixture.calls([{ id: 'cross' }]);
    const signedByB = await fixture.webhook(1, body);
    for (const path of [
      fixture.webhookPath(0),
      `${fixture.webhookPath(0)}/extra`,
      '/api/v1/webhooks/ringover/KEY-A',
      '/api/v1/webhooks/ringover/key-a%00',
      '/api/v1/webhooks/ringover/key-b%2F..%2Fkey-a',
    ]) {
      const response = await served.fetch(path, signedByB);
      expect([401, 404], path).toContain(response.status);
      const text = await response.text();
      expect(text).not.toMatch(/secret-of-tenant/);
    }
    for (const tenant of ['tenant-a', 'tenant-b']) {
      const page = await fixture.bridge.handle(
        new Request('http://x/api/v1/calls', { headers: { authorization: fixture.auth(tenant) } }),
      );
      expect(((await page.json()) as { items: unknown[] }).items).toHaveLength(0);
    }
  });
});
