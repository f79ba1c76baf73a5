// A body over the limit is refused with 413 before it was all sent. A client that is still sending
// must get that 413 and its problem+json, not a connection reset (ECONNRESET, EPIPE): also one
// that only reads the answer once it has sent the whole body, as curl and many HTTP clients do.
import { createServer, request } from 'node:http';
import { CONFORMANCE_MAX_BODY, createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter, createNodeListener } from '../src/index.js';
import { closeAfterEach, listen } from './serve.js';

const closers = closeAfterEach();

async function serve(kind: 'node' | 'express') {
  const fixture = createConformanceFixture();
  let server = createServer(createNodeListener(fixture.bridge));
  if (kind === 'express') {
    const app = express();
    app.use(createCallbridgeRouter(fixture.bridge));
    server = createServer(app);
  }
  const served = await listen(server);
  closers.push(served.close, () => fixture.bridge.close());
  return { fixture, port: Number(new URL(served.origin).port) };
}

interface Outcome {
  status: number;
  contentType: string;
  connection: string;
  body: string;
  error: string;
}

/**
 * POSTs `total` bytes with node:http, 16 KB every millisecond, and reports what came back. With
 * `readAfterSending` the client reads nothing until it has written the whole body.
 */
function slowPost(
  port: number,
  path: string,
  total: number,
  options: { declare: boolean; readAfterSending: boolean },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Outcome = { status: 0, contentType: '', connection: '', body: '', error: '' };
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (options.declare) headers['content-length'] = total;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers, agent: false });
    if (options.readAfterSending) req.on('socket', (socket) => socket.pause());
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const timer = setInterval(() => {
      if (req.destroyed || req.writableEnded) return clearInterval(timer);
      req.write(chunk.subarray(0, Math.min(chunk.length, total - sent)));
      sent += chunk.length;
      if (sent >= total) {
        clearInterval(timer);
        req.end(() => req.socket?.resume());
      }
    }, 1);
    req.on('response', (res) => {
      outcome.status = res.statusCode ?? 0;
      outcome.contentType = String(res.headers['content-type'] ?? '');
      outcome.connection = String(res.headers.connection ?? '');
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        outcome.body += d;
      });
      res.on('end', () => {
        clearInterval(timer);
        req.destroy();
        resolve(outcome);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearInterval(timer);
      outcome.error ||= error.code ?? error.message;
      // What the answer brought before the error is still reported.
      setTimeout(() => resolve(outcome), 50);
    });
  });
}

describe.each(['node', 'express'] as const)('an early 413 reaches a client still sending (%s)', (kind) => {
  for (const declare of [true, false]) {
    for (const readAfterSending of [false, true]) {
      const framing = declare ? 'Content-Length' : 'chunked';
      const reading = readAfterSending ? 'reading once it sent everything' : 'reading while it sends';
      it(`answers 413 problem+json and closes, no reset (${framing}, ${reading})`, async () => {
        const { fixture, port } = await serve(kind);
        // 512 KB: 64 times the limit, sent over about a third of a second.
        const total = 512 * 1024;
        expect(total).toBeGreaterThan(CONFORMANCE_MAX_BODY * 10);
        for (let i = 0; i < 3; i++) {
          const outcome = await slowPost(port, fixture.webhookPath(0), total, { declare, readAfterSending });
          expect(outcome.status, `try ${i}: ${outcome.error}`).toBe(413);
          expect(outcome.error, `try ${i}`).toBe('');
          expect(outcome.connection).toBe('close');
          expect(outcome.contentType).toMatch(/^application\/problem\+json/);
          expect(JSON.parse(outcome.body)).toMatchObject({ status: 413, code: 'payload_too_large' });
        }
        expect(fixture.provider.bodies).toHaveLength(0);
      });
    }
  }
});
