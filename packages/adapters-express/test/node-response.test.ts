import { createServer, request, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCallbridgeRouter, createNodeListener, type HandlerBridge, writeReply } from '../src/index.js';
import { listen } from './serve.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function serve(handle: HandlerBridge['handle']) {
  const served = await listen(
    createServer(
      // A bridge-like object with `handle` only: the adapter falls back to it.
      createNodeListener({ handle, runtime: { basePath: '/api/v1', maxBodyBytes: 1024 } }),
    ),
  );
  closers.push(served.close);
  return served;
}

describe('writeWebResponse', () => {
  it('writes small and large binary bodies byte-exact, with headers and Set-Cookie kept apart', async () => {
    const small = Uint8Array.from({ length: 256 }, (_, i) => i);
    const large = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7) % 256);
    const served = await serve(async (request) => {
      const body = new URL(request.url).pathname.endsWith('large') ? large : small;
      const headers = new Headers({ 'content-type': 'application/octet-stream', 'x-extra': 'yes' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(body, { status: 201, headers });
    });
    const one = await served.fetch('/api/v1/small');
    expect(one.status).toBe(201);
    expect(one.headers.get('x-extra')).toBe('yes');
    expect(one.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(new Uint8Array(await one.arrayBuffer())).toEqual(small);
    const two = await served.fetch('/api/v1/large');
    expect(new Uint8Array(await two.arrayBuffer())).toEqual(large);
  });

  it('streams a multi-chunk body as it is produced', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const served = await serve(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode('first;'));
          controller.enqueue(new TextEncoder().encode('second;'));
          await gate;
          controller.enqueue(new TextEncoder().encode('third'));
          controller.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/plain' } });
    });
    const response = await served.fetch('/api/v1/stream');
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let seen = '';
    while (!seen.includes('second;')) {
      const chunk = await reader?.read();
      seen += decoder.decode(chunk?.value);
    }
    expect(seen).toBe('first;second;');
    release();
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      seen += decoder.decode(chunk.value);
    }
    expect(seen).toBe('first;second;third');
  });

  it('ends the response when the body fails while the client has stopped reading', async () => {
    let stream: ReadableStreamDefaultController<Uint8Array> | null = null;
    const served = await serve(async () => {
      // High-water mark 0: a chunk stays queued only while the adapter is not reading.
      const body = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            stream = controller;
          },
        },
        new CountQueuingStrategy({ highWaterMark: 0 }),
      );
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    });
    const connections = () =>
      new Promise<number>((resolve, reject) =>
        served.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      );
    const socket = connect(Number(new URL(served.origin).port), '127.0.0.1');
    closers.push(async () => {
      socket.destroy();
    });
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    socket.pause(); // the client stops reading: the socket buffers fill, then writes back up
    const chunk = new Uint8Array(64 * 1024);
    for (let sent = 0; ; sent += 1) {
      expect(sent).toBeLessThan(4096); // 256 MiB: the socket buffers are far smaller
      await new Promise((resolve) => setTimeout(resolve, 1));
      const controller = stream as ReadableStreamDefaultController<Uint8Array> | null;
      if (!controller) continue;
      if ((controller.desiredSize ?? 0) < 0) break; // the adapter stopped reading: it waits for drain
      controller.enqueue(chunk);
    }
    expect(await connections()).toBe(1);
    (stream as ReadableStreamDefaultController<Uint8Array> | null)?.error(new Error('client too slow'));
    for (let i = 0; i < 300 && (await connections()) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await connections()).toBe(0);
  });

  it('cancels the body of a response whose client left before it was answered', async () => {
    const cancelled: string[] = [];
    const served = await serve(async (request) => {
      // The client leaves while the bridge is still working on the answer.
      await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
      const type = new URL(request.url).pathname.endsWith('stream') ? 'text/event-stream' : 'text/plain';
      const body = new ReadableStream<Uint8Array>({
        pull: (controller) => controller.enqueue(new TextEncoder().encode('data: x\n\n')),
        cancel: () => {
          cancelled.push(type);
        },
      });
      return new Response(body, { headers: { 'content-type': type } });
    });
    for (const path of ['/api/v1/events/stream', '/api/v1/download']) {
      const client = new AbortController();
      const sent = served.fetch(path, { signal: client.signal }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      client.abort();
      await sent;
    }
    for (let i = 0; i < 100 && cancelled.length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cancelled.sort()).toEqual(['text/event-stream', 'text/plain']);
  });
});

describe('writeReply', () => {
  /** A ServerResponse stand-in that records when its reply is handed to the socket. */
  function fakeResponse(log: string[], name: string) {
    return {
      writeHead(status: number) {
        log.push(`${name} head ${status}`);
      },
      end(body?: string) {
        log.push(`${name} end ${body ?? ''}`);
      },
    } as unknown as ServerResponse;
  }

  it("writes the replies of one turn of the event loop together, once the turn's work is done", async () => {
    const log: string[] = [];
    const reply = (body: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body });
    const first = writeReply(fakeResponse(log, 'a'), reply('{"a":1}'));
    const second = writeReply(fakeResponse(log, 'b'), reply('{"b":2}'));
    log.push('rest of the turn');
    await Promise.resolve();
    log.push('microtasks done');
    await Promise.all([first, second]);
    // A peer woken by each write costs the server more than the write itself (a load generator
    // or a proxy on the same machine): the writes of one turn go out together, after its work.
    expect(log).toEqual([
      'a head 200',
      'b head 200',
      'rest of the turn',
      'microtasks done',
      'a end {"a":1}',
      'b end {"b":2}',
    ]);
  });

  it('still writes the other replies when one response throws', async () => {
    const log: string[] = [];
    const broken = {
      writeHead() {},
      end() {
        throw new Error('gone');
      },
    } as unknown as ServerResponse;
    const reply = { status: 200, headers: {}, body: '{}' };
    const failed = writeReply(broken, reply);
    const written = writeReply(fakeResponse(log, 'ok'), reply);
    await expect(failed).rejects.toThrow('gone');
    await written;
    expect(log).toEqual(['ok head 200', 'ok end {}']);
  });

  it("is written while the app's own tests fake the timers (vi.useFakeTimers, jest's fake timers)", async () => {
    // An app's test suite that fakes timers (to pin Date, say) and requests the app over HTTP
    // must still get its answers: the end of the turn is not a timer of the app's.
    const wait = setTimeout;
    const bridge = {
      handle: async () => Response.json({ unused: true }),
      serve: async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }),
      runtime: { basePath: '/api/v1', maxBodyBytes: 1024 },
    };
    const served = await listen(createServer(createNodeListener(bridge)));
    closers.push(served.close);
    const { port } = new URL(served.origin);
    vi.useFakeTimers();
    try {
      const status = await new Promise<number | string>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/v1/calls' }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', (error) => resolve(String(error)));
        req.end();
        wait(() => resolve('no answer within 2 s'), 2000);
      });
      expect(status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  /** Writes `text` on one socket in one packet; everything read until the server closes or 1 s. */
  function exchange(port: number, text: string) {
    return new Promise<{ text: string; closed: boolean }>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let out = '';
      socket.setNoDelay(true);
      socket.on('data', (chunk: Buffer) => {
        out += chunk.toString('latin1');
      });
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ text: out, closed: false });
      }, 1000);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve({ text: out, closed: true });
      });
      socket.on('error', () => undefined);
      socket.write(text);
    });
  }

  it('answers pipelined requests in their order, and closes after an early 413 without answering the next', async () => {
    const fixture = createConformanceFixture();
    const auth = fixture.auth('tenant-a');
    const app = express();
    app.use(createCallbridgeRouter(fixture.bridge));
    const servers = [
      await listen(createServer(createNodeListener(fixture.bridge))),
      await listen(createServer(app)),
    ];
    closers.push(...servers.map((s) => s.close), () => fixture.bridge.close());
    const get = (method: string, path: string) =>
      `${method} ${path} HTTP/1.1\r\nHost: h\r\nAuthorization: ${auth}\r\n\r\n`;
    for (const served of servers) {
      const port = Number(new URL(served.origin).port);
      // Four requests in one packet: each answer is finished in the same turn as others.
      const { text, closed } = await exchange(
        port,
        get('GET', '/api/v1/calls/stats') +
          get('GET', '/api/v1/calls/nope/more') +
          get('HEAD', '/api/v1/calls') +
          get('GET', '/api/v1/calls') +
          `GET /api/v1/calls HTTP/1.1\r\nHost: h\r\nAuthorization: ${auth}\r\nConnection: close\r\n\r\n`,
      );
      expect(closed, served.origin).toBe(true);
      const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]);
      expect(statuses, served.origin).toEqual(['200', '404', '200', '200', '200']);
      const parts = text.split(/HTTP\/1\.1 \d{3}[^\r]*\r\n/).slice(1);
      expect(parts[0]).toContain('"total":0');
      expect(parts[1]).toContain('"code":"not_found"');
      expect(parts[2]).toMatch(/\r\n\r\n$/);
      expect(parts[3]).toContain('"items":[]');
      expect(parts[4]).toMatch(/connection: close/i);
      expect(parts[4]).toContain('"items":[]');
      // A body over the limit is refused before it is read: the connection closes after the 413,
      // and the request pipelined behind it is not answered.
      const refused = await exchange(
        port,
        `POST /api/v1/webhooks/ringover/x HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999\r\n\r\nabc${get('GET', '/api/v1/calls')}`,
      );
      expect(refused.closed).toBe(true);
      expect([...refused.text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1])).toEqual(['413']);
      expect(refused.text).toMatch(/connection: close/i);
      expect(refused.text).toContain('"code":"payload_too_large"');
    }
  });

  it('settles a reply whose response was destroyed before the end of the turn, without an error event', async () => {
    const settled: string[] = [];
    const errors: unknown[] = [];
    const server = createServer((req, res) => {
      res.on('error', (error) => errors.push(error));
      const written = writeReply(res, { status: 200, headers: {}, body: '{"late":true}' });
      if (req.url === '/gone') res.destroy();
      written.then(
        () => settled.push(`${req.url} resolved`),
        (error) => settled.push(`${req.url} rejected ${error}`),
      );
    });
    const served = await listen(server);
    closers.push(served.close);
    const port = Number(new URL(served.origin).port);
    const gone = await exchange(port, 'GET /gone HTTP/1.1\r\nHost: h\r\n\r\n');
    expect(gone).toEqual({ text: '', closed: true });
    const next = await exchange(port, 'GET /next HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    expect(next.text).toMatch(/^HTTP\/1\.1 200 /);
    expect(next.text.endsWith('{"late":true}')).toBe(true);
    expect(settled).toEqual(['/gone resolved', '/next resolved']);
    expect(errors).toEqual([]);
  });
});
