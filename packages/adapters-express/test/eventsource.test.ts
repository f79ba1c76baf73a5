import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { CONFORMANCE_LOG_SIZE } from '@callbridge/core/testing';
import { EventSource } from 'eventsource';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, serveFixture } from './serve.js';

interface Seen {
  type: string;
  id: string;
  record: string | null;
}

const closers = closeAfterEach();

async function setup() {
  const { fixture, served } = await serveFixture(closers);
  const post = async (id: string) => {
    const response = await served.fetch(
      fixture.webhookPath(0),
      await fixture.webhook(0, fixture.calls([{ id }])),
    );
    expect(response.status).toBe(200);
  };
  const connect = async (query = '') => {
    const token = await fixture.streamToken('tenant-a');
    const sockets = new Set<Socket>();
    served.server.on('request', (request: IncomingMessage) => {
      if (request.url?.includes('/events/stream')) sockets.add(request.socket);
    });
    const source = new EventSource(
      `${served.origin}/api/v1/events/stream?token=${encodeURIComponent(token)}${query}`,
    );
    closers.push(() => source.close());
    const seen: Seen[] = [];
    for (const type of ['call_event_created', 'call_event_updated', 'resync']) {
      source.addEventListener(type, (event) => {
        const data = JSON.parse(event.data) as { sourceRecordId?: string };
        seen.push({ type, id: event.lastEventId, record: data.sourceRecordId ?? null });
      });
    }
    let opens = 0;
    source.addEventListener('open', () => {
      opens += 1;
    });
    return { source, seen, sockets, opens: () => opens };
  };
  return { fixture, served, post, connect };
}

async function until(probe: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a real EventSource client', () => {
  it('receives events, reconnects with Last-Event-ID after a drop and gets exactly the missed ones', async () => {
    const { fixture, post, connect } = await setup();
    const client = await connect();
    await until(() => client.opens() === 1);
    await post('e1');
    await post('e2');
    await until(() => client.seen.length === 2);
    // The stream's connection drops (server side); events keep arriving while the client is
    // away. Only that socket: closing all of them would also cut the keep-alive connection the
    // next webhook POST reuses, which a loaded machine then sees as "other side closed".
    for (const socket of client.sockets) socket.destroy();
    await until(() => fixture.broadcaster.active === 0);
    await post('e3');
    await post('e4');
    await until(() => client.opens() === 2 && client.seen.length === 4, 8000);
    await post('e5');
    await until(() => client.seen.length === 5);
    expect(client.seen.map((s) => s.record)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(client.seen.map((s) => Number(s.id))).toEqual([1, 2, 3, 4, 5]);
  }, 15_000);

  it('gets a resync event when its id is older than the log keeps', async () => {
    const { post, connect } = await setup();
    for (let i = 0; i < CONFORMANCE_LOG_SIZE + 2; i++) await post(`old-${i}`);
    const client = await connect('&lastEventId=1');
    await until(() => client.seen.length >= 1);
    expect(client.seen[0]?.type).toBe('resync');
    expect(Number(client.seen[0]?.id)).toBe(CONFORMANCE_LOG_SIZE + 2);
    await post('fresh');
    await until(() => client.seen.length === 2);
    expect(client.seen[1]).toEqual({
      type: 'call_event_created',
      id: String(CONFORMANCE_LOG_SIZE + 3),
      record: 'fresh',
    });
  }, 10_000);
});
