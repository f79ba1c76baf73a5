// `Expect: 100-continue` over node:http2 (compatibility API): the listener as the server's
// 'checkContinue' listener sends `100 Continue` when the bridge reads the body, as over HTTP/1.1;
// without it Node sends it, and the listener does not send a second one.
import { connect, createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { CONFORMANCE_MAX_BODY, createConformanceFixture } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';
import { createNodeListener } from '../src/index.js';
import { closeAfterEach } from './serve.js';

const closers = closeAfterEach();

async function serve(checkContinue: boolean) {
  const fixture = createConformanceFixture();
  // Typed for node:http2's compatibility API too: no cast.
  const listener = createNodeListener(fixture.bridge);
  const server = createServer(listener);
  if (checkContinue) server.on('checkContinue', listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const session = connect(origin);
  closers.push(
    () => void session.destroy(),
    () => new Promise<void>((resolve) => server.close(() => resolve())),
    () => fixture.bridge.close(),
  );
  return { fixture, session };
}

/** POSTs with `Expect: 100-continue`, writing the body on 'continue' only. */
function postExpecting(
  session: ReturnType<typeof connect>,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string; continues: number }> {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':method': 'POST', ...headers, expect: '100-continue' });
    let continues = 0;
    let status = 0;
    let text = '';
    const timer = setTimeout(() => {
      stream.close();
      resolve({ status, text: 'no answer within 1.5 s', continues });
    }, 1500);
    stream.on('continue', () => {
      continues++;
      if (continues === 1) stream.end(body);
    });
    stream.on('response', (h) => {
      status = Number(h[':status']);
    });
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
    });
    stream.on('end', () => {
      clearTimeout(timer);
      resolve({ status, text, continues });
    });
    stream.on('error', reject);
  });
}

describe.each([true, false])("over node:http2, 'checkContinue' listener: %s", (checkContinue) => {
  it('sends one 100 Continue when the bridge reads the body, then serves the webhook', async () => {
    const { fixture, session } = await serve(checkContinue);
    const body = fixture.calls([{ id: 'h2-continue' }]);
    const headers = (await fixture.webhook(0, body)).headers as Record<string, string>;
    const answer = await postExpecting(session, { ':path': fixture.webhookPath(0), ...headers }, body);
    expect(answer).toEqual({ status: 200, text: '{"status":"received","events":1}', continues: 1 });
  });
});

describe("over node:http2 with the 'checkContinue' listener", () => {
  it('answers a Content-Length over the limit 413 without 100 Continue', async () => {
    const { fixture, session } = await serve(true);
    const answer = await postExpecting(
      session,
      { ':path': fixture.webhookPath(0), 'content-length': String(CONFORMANCE_MAX_BODY + 1) },
      'x'.repeat(CONFORMANCE_MAX_BODY + 1),
    );
    expect(answer.status).toBe(413);
    expect(answer.continues).toBe(0);
    expect(fixture.provider.bodies).toHaveLength(0);
  });
});
