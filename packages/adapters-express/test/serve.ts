import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AdapterHarness, createConformanceFixture, type ServedBridge } from '@callbridge/core/testing';
import express from 'express';
import { afterEach } from 'vitest';
import { createCallbridgeRouter, createNodeListener, type HandlerBridge } from '../src/index.js';

/** Listens on 127.0.0.1 (ephemeral port) and returns a ServedBridge over real HTTP. */
export async function listen(server: Server): Promise<ServedBridge & { origin: string; server: Server }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    server,
    fetch: (path, init) => fetch(`${origin}${path}`, init),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What each test pushed here is closed after it, in order (registers the `afterEach`). */
export function closeAfterEach(): Array<() => Promise<void> | void> {
  const closers: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  return closers;
}

/** A conformance fixture served by createNodeListener; `closers` closes the server, then the bridge. */
export async function serveFixture(closers: Array<() => Promise<void> | void>) {
  const fixture = createConformanceFixture();
  const served = await listen(createServer(createNodeListener(fixture.bridge)));
  closers.push(served.close, () => fixture.bridge.close());
  return { fixture, served };
}

/** Express app with the router mounted at the root (`app.use(router)`). */
export const expressRootHarness: AdapterHarness = {
  name: 'express, app.use(router)',
  serve(bridge) {
    const app = express();
    app.use(createCallbridgeRouter(bridge));
    return listen(createServer(app));
  },
};

/** Express app with the router mounted at its base path (`app.use('/api/v1', router)`). */
export const expressMountedHarness: AdapterHarness = {
  name: "express, app.use('/api/v1', router)",
  serve(bridge) {
    const app = express();
    app.use('/api/v1', createCallbridgeRouter(bridge));
    return listen(createServer(app));
  },
};

/** Plain node:http with createNodeListener. */
export const nodeListenerHarness: AdapterHarness = {
  name: 'node:http createNodeListener',
  serve(bridge: HandlerBridge) {
    return listen(createServer(createNodeListener(bridge)));
  },
};
