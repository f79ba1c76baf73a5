// An answer given before the request body ended closes the connection (`Connection: close`) by
// lingering: the rest of the body is read and dropped. Whatever the client sends after that body
// on the same connection (a pipelined request) must not be served: the server said it closes.
import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { CONFORMANCE_MAX_BODY, createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter, createNodeListener, writeWebResponse } from '../src/index.js';
import { LINGER_BYTES } from '../src/linger.js';
import { closeAfterEach, listen } from './serve.js';

const closers = closeAfterEach();

async function serve(kind: 'node' | 'express') {
  const fixture = createConformanceFixture();
  const hits = { echo: 0 };
  let server = createServer(createNodeListener(fixture.bridge));
  if (kind === 'express') {
    const app = express();
    app.use(createCallbridgeRouter(fixture.bridge));
    app.post('/echo', (_req, res) => {
      hits.echo++;
      res.end('echo');
    });
    server = createServer(app);
  }
  const served = await listen(server);
  closers.push(served.close, () => fixture.bridge.close());
  const connections = () =>
    new Promise<number>((resolve) => served.server.getConnections((_error, count) => resolve(count)));
  return { fixture, hits, connections, port: Number(new URL(served.origin).port) };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
};

const statusLines = (raw: string) => raw.match(/^HTTP\/1\.1 \d{3}[^\r]*/gm) ?? [];

describe.each(['node', 'express'] as const)('a connection closing by lingering (%s)', (kind) => {
  it('serves no request sent after the dropped body', async () => {
    const { fixture, hits, connections, port } = await serve(kind);
    const body = fixture.calls([{ id: 'after-the-413' }]);
    const signature = ((await fixture.webhook(0, body)).headers as Record<string, string>)[
      'x-fake-signature'
    ];
    const webhook = `POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Fake-Signature: ${signature}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const echo = 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}';
    const total = CONFORMANCE_MAX_BODY + 5000;
    // A client that keeps sending after the server's answer and end (half-open, as curl is).
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    let out = '';
    socket.on('data', (d) => {
      out += d.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.write(
      `POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(1000, 0x20));
    await until(() => out.endsWith('}'));
    expect(statusLines(out)).toEqual(['HTTP/1.1 413 Payload Too Large']);
    socket.write(Buffer.concat([Buffer.alloc(total - 1000, 0x20), Buffer.from(webhook + echo)]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Closed by the server once the body ended, well before the 2 s bound.
    expect(await connections()).toBe(0);
    socket.destroy();
    expect(statusLines(out)).toEqual(['HTTP/1.1 413 Payload Too Large']);
    expect(fixture.provider.bodies).toHaveLength(0);
    expect(hits.echo).toBe(0);
  });
});

describe('a client holding a lingering connection open', () => {
  it('is closed within LINGER_MS of the answer, trickling bytes or not', async () => {
    const { fixture, connections, port } = await serve('node');
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    let out = '';
    socket.on('data', (d) => {
      out += d.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.write(
      `POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: x\r\nContent-Length: ${CONFORMANCE_MAX_BODY * 100}\r\n\r\n`,
    );
    await until(() => out.endsWith('}'));
    const answered = Date.now();
    // One byte every 50 ms (slowloris): reading them does not extend the linger.
    const trickle = setInterval(() => socket.write('x'), 50);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await connections(), 'still lingering after 1 s').toBe(1);
    let open = 1;
    while (open > 0 && Date.now() - answered < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await connections();
    }
    clearInterval(trickle);
    socket.destroy();
    expect(open).toBe(0);
    expect(Date.now() - answered).toBeLessThan(2600);
    expect(statusLines(out)).toEqual(['HTTP/1.1 413 Payload Too Large']);
  });
});

describe('a client that reads no answer while it sends', () => {
  it('is read up to LINGER_BYTES at most, not for as long as it sends', async () => {
    // An answer larger than the socket buffers, given before the body: it is not written out
    // (no 'finish') while the client reads nothing, so the linger has not begun.
    const big = new Uint8Array(32 * 1024 * 1024);
    const server = createServer((_req, res) => {
      writeWebResponse(res, new Response(big), false).catch(() => undefined);
    });
    let serverSocket: Socket | undefined;
    server.on('connection', (socket) => {
      serverSocket = socket;
    });
    const served = await listen(server);
    closers.push(served.close);
    const socket = connect({ port: Number(new URL(served.origin).port), host: '127.0.0.1' });
    socket.on('error', () => undefined);
    socket.pause();
    const total = 256 * 1024 * 1024;
    socket.write(`POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: ${total}\r\n\r\n`);
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (!socket.destroyed && sent < total) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    pump();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const read = serverSocket?.bytesRead ?? 0;
    socket.destroy();
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(LINGER_BYTES + 4 * 1024 * 1024);
  });
});

describe('closing the server while a connection lingers', () => {
  for (const all of [false, true]) {
    const how = all ? 'closeAllConnections() then close()' : 'close()';
    it(`${how} completes within ${all ? 'moments' : 'LINGER_MS'}`, async () => {
      const fixture = createConformanceFixture();
      closers.push(() => fixture.bridge.close());
      const server = createServer(createNodeListener(fixture.bridge));
      const { origin } = await listen(server);
      const socket = connect({ port: Number(new URL(origin).port), host: '127.0.0.1', allowHalfOpen: true });
      closers.push(() => void socket.destroy());
      let out = '';
      socket.on('data', (d) => {
        out += d.toString('latin1');
      });
      socket.on('error', () => undefined);
      socket.write(`POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n`);
      await until(() => out.endsWith('}'));
      const started = Date.now();
      if (all) server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      expect(Date.now() - started).toBeLessThan(all ? 500 : 2600);
    });
  }
});

describe('an early answer to a request pipelined behind another', () => {
  it('lingers too: the client still sending reads both answers', async () => {
    const { fixture, port } = await serve('node');
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    let out = '';
    let error = '';
    socket.on('data', (d) => {
      out += d.toString('latin1');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    // Reads nothing until it has sent everything, as curl does.
    socket.pause();
    const total = 512 * 1024;
    socket.write(
      `GET ${fixture.basePath}/calls HTTP/1.1\r\nHost: x\r\nAuthorization: ${fixture.auth('tenant-a')}\r\n\r\n` +
        `POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`,
    );
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    for (let sent = 0; sent < total && !error; sent += chunk.length) {
      socket.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    socket.resume();
    // The second answer follows the first's body on the same line: no `^` here.
    const answers = () => out.match(/HTTP\/1\.1 \d{3}[^\r]*/g) ?? [];
    await until(() => out.endsWith('}') && answers().length === 2);
    expect(error).toBe('');
    expect(answers()).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 413 Payload Too Large']);
    socket.destroy();
  });
});
