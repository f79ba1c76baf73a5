import { createServer as createHttp1Server } from 'node:http';
import { type ClientHttp2Session, connect as connectHttp2, createServer } from 'node:http2';
import { type AddressInfo, connect } from 'node:net';
import { createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter, createNodeListener } from '../src/index.js';
import { closeAfterEach, listen, serveFixture } from './serve.js';

const closers = closeAfterEach();

type Fixture = ReturnType<typeof createConformanceFixture>;

async function until(probe: () => Promise<boolean> | boolean, tries = 300): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return probe();
}

/** Reads a fetch response's body in the background; `text()` is what arrived so far. */
function drain(response: Response) {
  const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const decoder = new TextDecoder();
  const state = { text: '', ended: false };
  void (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) break;
      state.text += decoder.decode(chunk.value, { stream: true });
    }
    state.ended = true;
  })();
  return state;
}

async function publish(fixture: Fixture, data: Record<string, unknown> = { id: 'call-1' }) {
  const event = await fixture.bridge.runtime.eventLog.append('tenant-a', 'call_event_updated', data as never);
  await fixture.bridge.runtime.broadcaster.publish(event);
  return event;
}

describe('SSE written straight to the response, behind Express middleware', () => {
  it('keeps the headers middleware set before the router, and sends a Date header', async () => {
    const fixture = createConformanceFixture();
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader('x-request-id', 'req-1');
      res.setHeader('access-control-allow-origin', '*');
      next();
    });
    app.use(createCallbridgeRouter(fixture.bridge));
    const served = await listen(createHttp1Server(app));
    closers.push(served.close, () => fixture.bridge.close());
    const controller = new AbortController();
    closers.push(() => controller.abort());
    const response = await served.fetch(`${fixture.basePath}/events/stream`, {
      headers: { authorization: fixture.auth('tenant-a') },
      signal: controller.signal,
    });
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // The browser's toasts read the server's clock from it (@callbridge/react, maxAgeMs).
    expect(Math.abs(Date.parse(response.headers.get('date') ?? '') - Date.now())).toBeLessThan(5_000);
    const body = drain(response);
    expect(await until(() => body.text.startsWith('retry:'))).toBe(true);
  });

  it('a res.write that throws (a wrapping middleware) ends that stream only: no crash, no leak, others get the event', async () => {
    const fixture = createConformanceFixture();
    const app = express();
    app.use((req, res, next) => {
      if (req.headers['x-failing-write']) {
        const write = res.write;
        let writes = 0;
        // The retry hint goes through; every later write throws.
        res.write = function (this: typeof res, ...args: unknown[]) {
          if (writes++ >= 1) throw new Error('the wrapper failed');
          return (write as (...rest: unknown[]) => boolean).apply(this, args);
        } as typeof res.write;
      }
      next();
    });
    app.use(createCallbridgeRouter(fixture.bridge));
    const served = await listen(createHttp1Server(app));
    closers.push(served.close, () => fixture.bridge.close());
    const open = async (failing: boolean) => {
      const controller = new AbortController();
      closers.push(() => controller.abort());
      const headers: Record<string, string> = { authorization: fixture.auth('tenant-a') };
      if (failing) headers['x-failing-write'] = '1';
      const body = drain(
        await served.fetch(`${fixture.basePath}/events/stream`, { headers, signal: controller.signal }),
      );
      expect(await until(() => body.text.startsWith('retry:'))).toBe(true);
      return body;
    };
    const failing = await open(true);
    const healthy = await open(false);
    const event = await publish(fixture);
    expect(await until(() => healthy.text.includes(`id: ${event.id}\n`))).toBe(true);
    expect(await until(() => failing.ended)).toBe(true);
    expect(failing.text).not.toContain(`id: ${event.id}\n`);
    // Heartbeats (every 100 ms) keep going to the healthy stream, and none reaches the failed one.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(healthy.text).toMatch(/event: heartbeat\n/);
    expect(healthy.ended).toBe(false);
    expect(fixture.broadcaster.active).toBe(1);
  });

  for (const how of ['FIN', 'RST'] as const) {
    it(`releases the stream when the client leaves (${how}) while the replay is read`, async () => {
      const { fixture, served } = await serveFixture(closers);
      const log = fixture.bridge.runtime.eventLog;
      const readAfter = log.readAfter.bind(log);
      let reads = 0;
      log.readAfter = async (...args) => {
        reads++;
        await new Promise((resolve) => setTimeout(resolve, 100));
        return readAfter(...args);
      };
      await log.append('tenant-a', 'call_event_updated', { id: 'call-1' } as never);
      const socket = connect(Number(new URL(served.origin).port), '127.0.0.1');
      socket.on('error', () => undefined);
      closers.push(() => {
        socket.destroy();
      });
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `GET ${fixture.basePath}/events/stream?lastEventId=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${fixture.auth('tenant-a')}\r\n\r\n`,
      );
      expect(await until(() => reads > 0)).toBe(true);
      if (how === 'RST') socket.resetAndDestroy();
      else socket.end();
      const connections = () =>
        new Promise<number>((resolve, reject) =>
          served.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
        );
      expect(await until(async () => (await connections()) === 0)).toBe(true);
      expect(await until(() => fixture.broadcaster.active === 0)).toBe(true);
    });
  }
});

describe('SSE written straight to the response over node:http2', () => {
  async function serveHttp2() {
    const fixture = createConformanceFixture();
    const server = createServer(createNodeListener(fixture.bridge) as never);
    let streams = 0;
    server.on('stream', (stream) => {
      streams++;
      stream.on('close', () => streams--);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const session: ClientHttp2Session = connectHttp2(
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    );
    session.on('error', () => undefined);
    closers.push(
      () => {
        session.destroy();
      },
      () => new Promise<void>((resolve) => server.close(() => resolve())),
      () => fixture.bridge.close(),
    );
    const request = (method = 'GET') => {
      const stream = session.request({
        ':method': method,
        ':path': `${fixture.basePath}/events/stream`,
        authorization: fixture.auth('tenant-a'),
      });
      stream.on('error', () => undefined);
      const state = { stream, status: 0, text: '', ended: false, closed: false };
      stream.setEncoding('utf8');
      stream.on('response', (headers) => {
        state.status = Number(headers[':status']);
      });
      stream.on('data', (chunk: string) => {
        state.text += chunk;
      });
      stream.on('end', () => {
        state.ended = true;
      });
      stream.on('close', () => {
        state.closed = true;
      });
      return state;
    };
    return { fixture, request, openStreams: () => streams };
  }

  it('drops a client that stopped reading once it is more than 1 MiB behind', async () => {
    const { fixture, request, openStreams } = await serveHttp2();
    const client = request();
    expect(await until(() => client.text.startsWith('retry:'))).toBe(true);
    client.stream.pause();
    const padding = 'x'.repeat(64 * 1024);
    let published = 0;
    while (fixture.broadcaster.active > 0) {
      expect(published).toBeLessThan(64); // 4 MiB, far more than the limit and the flow-control window
      await publish(fixture, { padding });
      published++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(published).toBeGreaterThan(16);
    expect(await until(() => openStreams() === 0)).toBe(true);
  });

  it('HEAD, a reset stream, bridge.close() and a stream opened after it leave nothing open', async () => {
    const { fixture, request, openStreams } = await serveHttp2();
    const head = request('HEAD');
    expect(await until(() => head.closed)).toBe(true);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(fixture.broadcaster.active).toBe(0);

    const reset = request();
    expect(await until(() => reset.text.startsWith('retry:'))).toBe(true);
    reset.stream.close(8); // RST_STREAM CANCEL
    expect(await until(() => fixture.broadcaster.active === 0)).toBe(true);

    const streams = [request(), request()];
    expect(await until(() => streams.every((each) => each.text.startsWith('retry:')))).toBe(true);
    expect(fixture.broadcaster.active).toBe(1);
    await fixture.bridge.close();
    expect(await until(() => streams.every((each) => each.ended))).toBe(true);
    expect(fixture.broadcaster.active).toBe(0);

    const late = request();
    expect(await until(() => late.ended)).toBe(true);
    expect(late.status).toBe(200);
    expect(late.text).toBe('');
    expect(await until(() => openStreams() === 0)).toBe(true);
  });
});
