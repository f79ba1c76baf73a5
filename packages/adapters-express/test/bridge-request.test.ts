import { createServer, request as httpRequest } from 'node:http';
import {
  type CallbridgeProvider,
  createCallBridge,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { createConformanceFixture } from '@callbridge/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeListener } from '../src/index.js';
import { listen } from './serve.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** POSTs with node:http (no web Request in this process) and resolves status and body. */
function post(origin: string, path: string, body: string, headers: Record<string, string | string[]>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the Node fast path (toBridgeRequest + writeReply)', () => {
  it('serves a webhook without constructing a web Request', async () => {
    const fixture = createConformanceFixture();
    const served = await listen(createServer(createNodeListener(fixture.bridge)));
    closers.push(served.close, () => fixture.bridge.close());
    const init = await fixture.webhook(0, fixture.calls([{ id: 'fast-1' }]));
    const headers = Object.fromEntries(new Headers(init.headers));
    const WebRequest = globalThis.Request;
    let built = 0;
    globalThis.Request = class extends WebRequest {
      constructor(...args: ConstructorParameters<typeof WebRequest>) {
        super(...args);
        built += 1;
      }
    };
    try {
      const answer = await post(served.origin, fixture.webhookPath(0), String(init.body), headers);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ status: 'received', events: 1 });
    } finally {
      globalThis.Request = WebRequest;
    }
    expect(built).toBe(0);
  });

  it('gives a provider that asks for context.request the same bytes and headers, repeated headers joined', async () => {
    const seen: Array<{ text: string; bytes: string; joined: string | null; method: string }> = [];
    const provider: CallbridgeProvider = {
      name: 'ringover',
      async receive(context) {
        const bytes = new TextDecoder().decode(context.body);
        const text = await context.request.text();
        seen.push({ text, bytes, joined: context.headers.get('X-Twice'), method: context.method });
        expect(context.request.headers.get('x-twice')).toBe('a, b');
        expect(context.signal.aborted).toBe(false);
        return { kind: 'ignored', reason: 'test' };
      },
    };
    const bridge = createCallBridge({
      providers: [provider],
      tenants: staticTenants([{ id: 't1', key: 'k1' }]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory([]),
    });
    const served = await listen(createServer(createNodeListener(bridge)));
    closers.push(served.close, () => bridge.close());
    const body = '{"note":"é\\r\\n raw"}\r\n';
    const answer = await post(served.origin, '/api/v1/webhooks/ringover/k1', body, {
      'content-type': 'application/json',
      'x-twice': ['a', 'b'],
    });
    expect(answer.status).toBe(200);
    expect(seen).toEqual([{ text: body, bytes: body, joined: 'a, b', method: 'POST' }]);
  });
});
