// Security probes of the request body over a real socket on 127.0.0.1: chunked and unannounced
// bodies, lying Content-Length, gzip, slow bodies, smuggling-ish framing. Each one must change
// nothing (no body handed to the provider, nothing stored) and answer problem+json.
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { CONFORMANCE_MAX_BODY, createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter, createNodeListener } from '../src/index.js';
import { closeAfterEach, listen } from './serve.js';

const closers = closeAfterEach();

async function serve(kind: 'node' | 'express' | 'express-raw' = 'node') {
  const fixture = createConformanceFixture();
  let server = createServer(createNodeListener(fixture.bridge));
  if (kind !== 'node') {
    const app = express();
    if (kind === 'express-raw') app.use(express.raw({ type: '*/*', limit: '10mb' }));
    app.use(createCallbridgeRouter(fixture.bridge));
    server = createServer(app);
  }
  const served = await listen(server);
  closers.push(served.close, () => fixture.bridge.close());
  const port = Number(new URL(served.origin).port);
  return { fixture, served, port };
}

/**
 * Sends raw bytes on a fresh connection and resolves with everything the server wrote until it
 * closes the connection or `idleMs` pass without a byte. `afterFirst` writes more after the first write.
 */
function rawExchange(
  port: number,
  first: string | Buffer,
  options: { idleMs?: number; afterFirst?: (write: (b: string | Buffer) => boolean) => void } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(out);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, options.idleMs ?? 500);
    };
    socket.on('data', (d) => {
      out += d.toString('latin1');
      arm();
    });
    socket.on('close', finish);
    socket.on('error', finish);
    socket.write(first);
    options.afterFirst?.((b) => (socket.destroyed ? false : socket.write(b)));
    arm();
  });
}

const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0);

async function stored(fixture: ReturnType<typeof createConformanceFixture>) {
  const page = await fixture.bridge.handle(
    new Request('http://x/api/v1/calls', { headers: { authorization: fixture.auth('tenant-a') } }),
  );
  return ((await page.json()) as { items: unknown[] }).items.length;
}

describe.each(['node', 'express', 'express-raw'] as const)('request bodies (%s)', (kind) => {
  it('answers 413 to a chunked body with no Content-Length as soon as it passes the limit', async () => {
    // With express.raw() mounted first, body-parser reads the body (under its own limit) instead.
    if (kind === 'express-raw') return;
    const { fixture, port } = await serve(kind);
    const chunk = `{"note":"${'x'.repeat(1000)}"}`;
    const head = `POST /api/v1/webhooks/ringover/key-a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    let sent = 0;
    const raw = await rawExchange(port, head, {
      idleMs: 800,
      afterFirst(write) {
        // Far more than the limit, in chunks; the server must answer without waiting for the end.
        const timer = setInterval(() => {
          if (sent > CONFORMANCE_MAX_BODY * 200 || !write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`))
            clearInterval(timer);
          sent += chunk.length;
        }, 1);
      },
    });
    expect(statusOf(raw)).toBe(413);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    expect(fixture.provider.bodies).toHaveLength(0);
  });

  it('reads only the declared bytes of a body longer than its Content-Length (verification fails)', async () => {
    const { fixture, port } = await serve(kind);
    const signed = fixture.calls([{ id: 'short' }]);
    const init = await fixture.webhook(0, signed);
    const signature = (init.headers as Record<string, string>)['x-fake-signature'];
    const extra = fixture.calls([{ id: 'smuggled' }]);
    const raw = await rawExchange(
      port,
      `POST /api/v1/webhooks/ringover/key-a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Fake-Signature: ${signature}\r\nContent-Length: 5\r\n\r\n${signed}${extra}`,
    );
    // The rest is parsed as a next request, which Node refuses (400) and closes the connection on,
    // possibly before the first answer (401) is written.
    expect([400, 401]).toContain(statusOf(raw));
    for (const body of fixture.provider.bodies) expect(Buffer.from(body).toString()).toBe(signed.slice(0, 5));
    expect(await stored(fixture)).toBe(0);
  });

  it('never answers a body shorter than its Content-Length before it is complete', async () => {
    const { fixture, port } = await serve(kind);
    const body = fixture.calls([{ id: 'partial' }]);
    const init = await fixture.webhook(0, body);
    const signature = (init.headers as Record<string, string>)['x-fake-signature'];
    const raw = await rawExchange(
      port,
      `POST /api/v1/webhooks/ringover/key-a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Fake-Signature: ${signature}\r\nContent-Length: ${body.length + 10}\r\n\r\n${body}`,
      { idleMs: 400 },
    );
    expect(raw).toBe('');
    expect(fixture.provider.bodies).toHaveLength(0);
    expect(await stored(fixture)).toBe(0);
  });

  it('refuses Content-Length together with Transfer-Encoding (no smuggling through the bridge)', async () => {
    const { fixture, port } = await serve(kind);
    const raw = await rawExchange(
      port,
      'POST /api/v1/webhooks/ringover/key-a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n',
    );
    expect(statusOf(raw)).toBe(400);
    expect(fixture.provider.bodies).toHaveLength(0);
  });

  it('answers 413 at once to a declared Content-Length over the limit, body unsent', async () => {
    const { fixture, port } = await serve(kind);
    const raw = await rawExchange(
      port,
      `POST /api/v1/webhooks/ringover/key-a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${CONFORMANCE_MAX_BODY + 1}\r\n\r\n`,
    );
    // express.raw() (limit 10mb) waits for the body it was promised; the others answer at once.
    if (kind !== 'express-raw') {
      expect(statusOf(raw)).toBe(413);
      expect(raw).toMatch(/connection: close/i);
    }
    expect(fixture.provider.bodies).toHaveLength(0);
  });

  it('hands a gzip body over as its compressed bytes: nothing inflates it (no gzip bomb)', async () => {
    const { fixture, served } = await serve(kind);
    // 5 MB of zeros in ~5 KB of gzip: under the limit compressed, a thousand times over it inflated.
    const bomb = gzipSync(Buffer.alloc(5 * 1024 * 1024), { level: 9 });
    expect(bomb.byteLength).toBeLessThan(CONFORMANCE_MAX_BODY);
    const response = await served.fetch(fixture.webhookPath(0), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(bomb),
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    if (kind === 'express-raw') {
      // body-parser inflates (under its own limit); the bridge still refuses more than maxBodyBytes.
      expect(response.status).toBe(413);
      expect(fixture.provider.bodies).toHaveLength(0);
    } else {
      expect(response.status).toBe(401);
      expect(fixture.provider.bodies.map((b) => b.byteLength)).toEqual([bomb.byteLength]);
    }
  });
});

describe.each(['node', 'express'] as const)('bodies sent to routes that read none (%s)', (kind) => {
  it('answers at once and closes the connection instead of draining an endless body', async () => {
    const { fixture, port } = await serve(kind);
    for (const [path, status] of [
      ['/api/v1/calls', 405],
      ['/api/v1/webhooks/nope/key-a', 404],
      ['/api/v1/nowhere', 404],
    ] as const) {
      let sent = 0;
      let closed = false;
      const raw = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        let out = '';
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        const timer = setInterval(() => {
          // 64 MB at most: a server that drains it would take far longer than this test allows.
          if (socket.destroyed || !socket.writable || sent > 64 * 1024 * 1024) return;
          socket.write(`${chunk.length.toString(16)}\r\n`);
          socket.write(chunk);
          socket.write('\r\n');
          sent += chunk.length;
        }, 1);
        const finish = () => {
          clearInterval(timer);
          socket.destroy();
          resolve(out);
        };
        socket.on('data', (d) => {
          out += d.toString('latin1');
        });
        socket.on('close', () => {
          closed = true;
          finish();
        });
        // EPIPE or a reset on write: the server stopped reading. What it answered is still read.
        socket.on('error', () => clearInterval(timer));
        socket.write(
          `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: ${fixture.auth('tenant-a')}\r\nTransfer-Encoding: chunked\r\n\r\n`,
        );
        setTimeout(finish, 3000);
      });
      // The server reads (and drops) a bounded part of the rest before it closes, so the client
      // still sending reads the answer instead of a reset; the connection closes either way.
      expect(statusOf(raw), path).toBe(status);
      expect(closed, `${path}: the server closed the connection`).toBe(true);
      expect(sent, path).toBeLessThan(64 * 1024 * 1024);
    }
    expect(fixture.provider.bodies).toHaveLength(0);
  });
});
