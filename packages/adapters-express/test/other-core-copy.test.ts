import { createServer } from 'node:http';
import { createConformanceFixture } from '@callbridge/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { createNodeListener } from '../src/index.js';
import { closeAfterEach, listen } from './serve.js';

const closers = closeAfterEach();

describe('a bridge made by another copy of @callbridge/core than the adapter loads', () => {
  it('still gets its SSE stream written (two versions installed, or the ESM and the CommonJS build)', async () => {
    const fixture = createConformanceFixture();
    closers.push(() => fixture.bridge.close());
    // A fresh module registry: this import is a second copy of core, with its own classes.
    vi.resetModules();
    const otherCopy = await import('@callbridge/core');
    const serve = otherCopy.createServe(fixture.bridge.runtime);
    const served = await listen(createServer(createNodeListener({ ...fixture.bridge, serve })));
    closers.push(served.close);
    const controller = new AbortController();
    closers.push(() => controller.abort());
    const response = await served.fetch(`${fixture.basePath}/events/stream`, {
      headers: { authorization: fixture.auth('tenant-a') },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^retry: \d+\n\n/);
  });
});
