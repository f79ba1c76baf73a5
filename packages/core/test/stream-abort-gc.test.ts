import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCallBridge, MemoryContactDirectory, staticTenants } from '@callbridge/core';
import { describe, expect, it } from 'vitest';

// A web Request's signal follows the caller's AbortSignal only while the Request object is alive
// (undici links the two weakly). The stream keeps just the signal, so `fromWebRequest` must keep
// the Request alive with it: otherwise, after a GC, a client going away never releases its stream.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('SSE stream release after garbage collection', () => {
  it('a caller abort still closes the stream once the Request is unreferenced', async () => {
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ id: 'tenant-1', key: 'k1' }]),
      authenticate: () => ({ tenantId: 'tenant-1', userId: 'user-1' }),
      contacts: new MemoryContactDirectory(),
    });
    const abort = new AbortController();
    const response = await bridge.handle(
      new Request('http://crm.test/api/v1/events/stream', { signal: abort.signal }),
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false); // the retry: hint
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    abort.abort();
    const ended = await Promise.race([
      (async () => {
        for (;;) if ((await reader.read()).done) return 'closed';
      })(),
      new Promise((resolve) => setTimeout(() => resolve('still open'), 2000)),
    ]);
    expect(ended).toBe('closed');
    await bridge.close();
  });
});
