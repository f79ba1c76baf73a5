import { connect, type Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { closeAfterEach, serveFixture } from './serve.js';

const closers = closeAfterEach();

async function setup() {
  const { fixture, served } = await serveFixture(closers);
  const connections = () =>
    new Promise<number>((resolve, reject) =>
      served.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );
  /** A raw HTTP/1.1 client of the stream; resolves once the first frame arrived. */
  const rawStream = async (method = 'GET'): Promise<Socket> => {
    const token = await fixture.streamToken('tenant-a');
    const socket = connect(Number(new URL(served.origin).port), '127.0.0.1');
    closers.push(() => {
      socket.destroy();
    });
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    const path = `${fixture.basePath}/events/stream?token=${encodeURIComponent(token)}`;
    socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    await new Promise<void>((resolve) => {
      let seen = '';
      const onData = (chunk: Buffer) => {
        seen += chunk.toString('latin1');
        if (seen.includes(method === 'HEAD' ? '\r\n\r\n' : 'retry:')) {
          socket.off('data', onData);
          resolve();
        }
      };
      socket.on('data', onData);
    });
    return socket;
  };
  return { fixture, served, connections, rawStream };
}

async function until(probe: () => Promise<boolean> | boolean, tries = 300): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return probe();
}

describe('SSE stream lifetime over node:http', () => {
  it('disconnects a client that stopped reading once it falls too far behind', async () => {
    const { fixture, connections, rawStream } = await setup();
    const socket = await rawStream();
    socket.pause(); // reads nothing more: the socket buffers fill, then the stream's queue
    const padding = 'x'.repeat(64 * 1024);
    for (let id = 1; fixture.broadcaster.active > 0; id++) {
      expect(id).toBeLessThan(4096); // 256 MiB: far more than any socket buffers
      await fixture.bridge.runtime.broadcaster.publish({
        id: String(id),
        tenantId: 'tenant-a',
        type: 'call_event_updated',
        data: { padding } as never,
        createdAt: new Date(0).toISOString(),
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await until(async () => (await connections()) === 0)).toBe(true);
  });

  it('writes the stream to the socket frame by frame, with no web stream in between', async () => {
    const { fixture, rawStream } = await setup();
    let built = 0;
    vi.stubGlobal(
      'ReadableStream',
      new Proxy(globalThis.ReadableStream, {
        construct(target, args, newTarget) {
          built++;
          return Reflect.construct(target, args, newTarget);
        },
      }),
    );
    try {
      const socket = await rawStream();
      let seen = '';
      socket.on('data', (chunk: Buffer) => {
        seen += chunk.toString('latin1');
      });
      const event = await fixture.bridge.runtime.eventLog.append('tenant-a', 'call_event_updated', {
        id: 'call-1',
      } as never);
      await fixture.bridge.runtime.broadcaster.publish(event);
      expect(await until(() => seen.includes(`id: ${event.id}\n`))).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(built).toBe(0);
  });

  it('ends open streams on bridge.close(), so the server can close', async () => {
    const { fixture, served, rawStream } = await setup();
    await rawStream();
    await rawStream();
    expect(fixture.broadcaster.active).toBe(1);
    await fixture.bridge.close();
    let serverClosed = false;
    served.server.close(() => {
      serverClosed = true;
    });
    expect(await until(() => serverClosed)).toBe(true);
    expect(fixture.broadcaster.active).toBe(0);
  });

  it('leaves no subscription or connection after many streams end (FIN, RST, HEAD)', async () => {
    const { fixture, connections, rawStream } = await setup();
    for (let i = 0; i < 150; i++) {
      const socket = await rawStream(i % 3 === 2 ? 'HEAD' : 'GET');
      const closed = new Promise((resolve) => socket.once('close', resolve));
      if (i % 3 === 1) socket.resetAndDestroy();
      else socket.destroy();
      await closed;
    }
    expect(await until(async () => (await connections()) === 0)).toBe(true);
    expect(fixture.broadcaster.active).toBe(0);
  });
});
