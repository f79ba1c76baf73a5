import { connect, createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { createConformanceFixture } from '@callbridge/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeListener } from '../src/index.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** One HTTP/2 request; resolves with the status, headers and as much body as `take` asks for. */
function h2(
  origin: string,
  headers: Record<string, string>,
  body?: string,
  take: (text: string) => boolean = () => false,
) {
  const session = connect(origin);
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const stream = session.request(headers);
    let status = 0;
    let type = '';
    let text = '';
    const done = () => {
      stream.close();
      session.close();
      resolve({ status, type, text });
    };
    stream.on('response', (h) => {
      status = Number(h[':status']);
      type = String(h['content-type'] ?? '');
    });
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      if (take(text)) done();
    });
    stream.on('end', done);
    stream.on('error', reject);
    stream.end(body);
  });
}

describe('createNodeListener on node:http2 (compatibility API)', () => {
  it('serves a webhook and the stream: the request has no headersDistinct there', async () => {
    const fixture = createConformanceFixture();
    // The listener is typed for node:http; the compatibility API hands it look-alike objects.
    const server = createServer(createNodeListener(fixture.bridge) as never);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    closers.push(
      () => new Promise<void>((resolve) => server.close(() => resolve())),
      () => fixture.bridge.close(),
    );
    const init = await fixture.webhook(0, fixture.calls([{ id: 'over-h2' }]));
    const headers = init.headers as Record<string, string>;
    const hook = await h2(
      origin,
      { ':method': 'POST', ':path': fixture.webhookPath(0), ...headers },
      init.body as string,
    );
    expect(hook.status).toBe(200);
    expect(JSON.parse(hook.text)).toEqual({ status: 'received', events: 1 });
    const stream = await h2(
      origin,
      {
        ':method': 'GET',
        ':path': `${fixture.basePath}/events/stream`,
        authorization: fixture.auth('tenant-a'),
      },
      undefined,
      (text) => text.includes('retry:'),
    );
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
  });
});
