// `Expect: 100-continue`: a client that asks sends its body only after `100 Continue`. Wired as
// the server's 'checkContinue' listener, the adapter sends it only when the bridge reads the body,
// so a Content-Length over the limit, or a route that reads no body, is answered without it.
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { CONFORMANCE_MAX_BODY, createConformanceFixture } from '@callbridge/core/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createCallbridgeRouter, createNodeListener } from '../src/index.js';
import { closeAfterEach, listen } from './serve.js';

const closers = closeAfterEach();

type Kind = 'node' | 'express' | 'node-default';

async function serve(kind: Kind) {
  const fixture = createConformanceFixture();
  const listener = createNodeListener(fixture.bridge);
  let server = createServer(listener);
  if (kind === 'node') server.on('checkContinue', listener);
  if (kind === 'express') {
    const app = express();
    app.use(createCallbridgeRouter(fixture.bridge));
    app.post('/echo', express.json(), (req, res) => {
      res.json(req.body);
    });
    server = createServer(app);
    server.on('checkContinue', app);
  }
  const served = await listen(server);
  closers.push(served.close, () => fixture.bridge.close());
  return { fixture, port: Number(new URL(served.origin).port) };
}

/** Sends the head only (no body) and resolves with what came back within `idleMs` of silence. */
function headOnly(port: number, head: string, idleMs = 300): Promise<string> {
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
      timer = setTimeout(finish, idleMs);
    };
    socket.on('data', (d) => {
      out += d.toString('latin1');
      arm();
    });
    socket.on('end', finish);
    socket.on('error', finish);
    socket.write(head);
    arm();
  });
}

/** node:http with `Expect: 100-continue`: the body is written on 'continue' only. */
function postExpecting(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; continued: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      agent: false,
      headers: { ...headers, expect: '100-continue', 'content-length': Buffer.byteLength(body) },
    });
    let continued = false;
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 0, body: 'no answer within 2 s', continued });
    }, 2000);
    req.on('continue', () => {
      continued = true;
      req.end(body);
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        text += d;
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: text, continued });
      });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

const statusLines = (raw: string) => raw.match(/^HTTP\/1\.1 \d{3}[^\r]*/gm) ?? [];

describe.each(['node', 'express'] as const)("as the 'checkContinue' listener (%s)", (kind) => {
  it('answers 413 problem+json without 100 Continue to a Content-Length over the limit', async () => {
    const { fixture, port } = await serve(kind);
    const raw = await headOnly(
      port,
      `POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${CONFORMANCE_MAX_BODY + 1}\r\n\r\n`,
    );
    expect(statusLines(raw)).toEqual(['HTTP/1.1 413 Payload Too Large']);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    expect(raw).toMatch(/connection: close/i);
    expect(fixture.provider.bodies).toHaveLength(0);
  });

  it('answers a route that reads no body without 100 Continue', async () => {
    const { fixture, port } = await serve(kind);
    const raw = await headOnly(
      port,
      `POST ${fixture.basePath}/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${fixture.auth('tenant-a')}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n`,
    );
    expect(statusLines(raw)).toEqual(['HTTP/1.1 405 Method Not Allowed']);
  });

  it('sends 100 Continue when the bridge reads the body, then serves the webhook', async () => {
    const { fixture, port } = await serve(kind);
    const body = fixture.calls([{ id: 'continued' }]);
    const init = await fixture.webhook(0, body);
    const answer = await postExpecting(
      port,
      fixture.webhookPath(0),
      body,
      init.headers as Record<string, string>,
    );
    expect(answer).toEqual({ status: 200, body: '{"status":"received","events":1}', continued: true });
  });
});

describe("with the router first, 'checkContinue' on the Express app", () => {
  it('sends 100 Continue for the paths it lets through to the next middleware', async () => {
    const { port } = await serve('express');
    const answer = await postExpecting(port, '/echo', '{"a":1}', { 'content-type': 'application/json' });
    expect(answer).toEqual({ status: 200, body: '{"a":1}', continued: true });
  });
});

describe('without a checkContinue listener (Node sends 100 Continue itself)', () => {
  it('still serves the webhook', async () => {
    const { fixture, port } = await serve('node-default');
    const body = fixture.calls([{ id: 'default' }]);
    const init = await fixture.webhook(0, body);
    const answer = await postExpecting(
      port,
      fixture.webhookPath(0),
      body,
      init.headers as Record<string, string>,
    );
    expect(answer).toEqual({ status: 200, body: '{"status":"received","events":1}', continued: true });
  });
});

describe.each(['node', 'express'] as const)('an HTTP/1.0 request with Expect: 100-continue (%s)', (kind) => {
  it('gets no 100 Continue: the expectation is ignored, as HTTP/1.1 asks of servers', async () => {
    const { fixture, port } = await serve(kind);
    const body = fixture.calls([{ id: 'http-1.0' }]);
    const signature = ((await fixture.webhook(0, body)).headers as Record<string, string>)[
      'x-fake-signature'
    ];
    const raw = await headOnly(
      port,
      `POST ${fixture.webhookPath(0)} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Fake-Signature: ${signature}\r\nExpect: 100-continue\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    expect(raw.match(/^HTTP\/1\.1 \d{3}[^\r]*/gm)).toEqual(['HTTP/1.1 200 OK']);
  });
});

describe.each(['node', 'express'] as const)(
  "other expectations as the 'checkContinue' listener (%s)",
  (kind) => {
    it('answers a GET with Expect: 100-continue without 100 Continue (no body is read)', async () => {
      const { fixture, port } = await serve(kind);
      const raw = await headOnly(
        port,
        `GET ${fixture.basePath}/calls HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${fixture.auth('tenant-a')}\r\nExpect: 100-continue\r\n\r\n`,
      );
      expect(statusLines(raw)).toEqual(['HTTP/1.1 200 OK']);
    });

    it('leaves an expectation other than 100-continue to Node (417)', async () => {
      const { fixture, port } = await serve(kind);
      const raw = await headOnly(
        port,
        `POST ${fixture.webhookPath(0)} HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n`,
      );
      expect(statusLines(raw)).toEqual(['HTTP/1.1 417 Expectation Failed']);
      expect(fixture.provider.bodies).toHaveLength(0);
    });
  },
);
