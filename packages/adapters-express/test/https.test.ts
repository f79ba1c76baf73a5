// Over HTTPS (node:https, a TLS socket under the HTTP server): the early 413 still reaches a client
// still sending, by lingering, and the listener sends `100 Continue` as the 'checkContinue' listener.
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { CONFORMANCE_MAX_BODY, createConformanceFixture } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { createNodeListener } from '../src/index.js';
import { closeAfterEach } from './serve.js';
import { TEST_CERT, TEST_KEY } from './tls-fixture.js';

const closers = closeAfterEach();

async function serve() {
  const fixture = createConformanceFixture();
  const listener = createNodeListener(fixture.bridge);
  const server = createServer({ key: TEST_KEY, cert: TEST_CERT }, listener);
  server.on('checkContinue', listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    () => fixture.bridge.close(),
  );
  return { fixture, port: (server.address() as AddressInfo).port };
}

interface Outcome {
  status: number;
  continued: boolean;
  body: string;
  error: string;
}

/** POSTs `body` (or `total` spaces, 16 KB a millisecond, reading nothing until all is sent). */
function post(
  port: number,
  path: string,
  headers: Record<string, string | number>,
  body: { text?: string; total?: number; expect?: boolean },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Outcome = { status: 0, continued: false, body: '', error: '' };
    const all = { ...headers, ...(body.expect ? { expect: '100-continue' } : {}) };
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: all,
      ca: TEST_CERT,
      agent: false,
    });
    const timer = setTimeout(() => {
      outcome.error ||= 'no answer within 3 s';
      req.destroy();
    }, 3000);
    req.on('continue', () => {
      outcome.continued = true;
      req.end(body.text);
    });
    if (body.total !== undefined) {
      const total = body.total;
      req.on('socket', (socket) => socket.pause());
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      let sent = 0;
      const pump = setInterval(() => {
        if (req.destroyed || req.writableEnded) return clearInterval(pump);
        req.write(chunk.subarray(0, Math.min(chunk.length, total - sent)));
        sent += chunk.length;
        if (sent >= total) {
          clearInterval(pump);
          req.end(() => req.socket?.resume());
        }
      }, 1);
    } else if (!body.expect) req.end(body.text);
    req.on('response', (res) => {
      outcome.status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        outcome.body += d;
      });
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve(outcome);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      outcome.error ||= error.code ?? error.message;
      setTimeout(() => resolve(outcome), 50);
    });
  });
}

describe('createNodeListener over node:https', () => {
  it('answers 413 problem+json to a client still sending, no reset', async () => {
    const { fixture, port } = await serve();
    const headers = { 'content-type': 'application/json', 'content-length': 512 * 1024 };
    for (let i = 0; i < 3; i++) {
      const outcome = await post(port, fixture.webhookPath(0), headers, { total: 512 * 1024 });
      expect(outcome.error, `try ${i}`).toBe('');
      expect(outcome.status).toBe(413);
      expect(JSON.parse(outcome.body)).toMatchObject({ status: 413, code: 'payload_too_large' });
    }
    expect(512 * 1024).toBeGreaterThan(CONFORMANCE_MAX_BODY * 10);
  });

  it("as the 'checkContinue' listener, sends 100 Continue when the bridge reads the body", async () => {
    const { fixture, port } = await serve();
    const text = fixture.calls([{ id: 'over-tls' }]);
    const headers = { ...((await fixture.webhook(0, text)).headers as Record<string, string>) };
    const outcome = await post(
      port,
      fixture.webhookPath(0),
      { ...headers, 'content-length': text.length },
      { text, expect: true },
    );
    expect(outcome).toEqual({
      status: 200,
      continued: true,
      body: '{"status":"received","events":1}',
      error: '',
    });
  });
});
