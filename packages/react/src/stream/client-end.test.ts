import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, setVisibility } from '../../test/sse-fetch.js';
import { createEventStreamClient } from './client.js';

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createEventStreamClient after a final status', () => {
  it('is connecting, not closed, while the reconnect a listener asked for from onError is under way', async () => {
    const server = createSseFetch();
    server.respond(403, { code: 'forbidden', title: 'Forbidden', status: 403 });
    let refreshed!: () => void;
    let asked = 0;
    const client = createEventStreamClient('https://crm.test/api/v1/events/stream', {
      fetch: server.fetch,
      // The second connect waits for a refreshed token.
      getHeaders: () => (asked++ === 0 ? {} : new Promise((resolve) => (refreshed = () => resolve({})))),
    });
    client.listen({ onError: () => client.reconnect() });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot().status).toBe('connecting');
    refreshed();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(client.getSnapshot()).toMatchObject({ status: 'open', error: null });
    // The new connection keeps its watchdog: silence still reconnects it (at once here, as the
    // listener reconnects on every error).
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.getSnapshot()).toMatchObject({ status: 'connecting', error: { code: 'stream_timeout' } });
    expect(server.connections[1]!.signal.aborted).toBe(true);
    client.close();
  });

  it('stays closed with the error when a listener closes it from onError', async () => {
    const server = createSseFetch();
    server.respond(404, { code: 'not_found', title: 'Not found', status: 404 });
    const client = createEventStreamClient('https://crm.test/api/v1/events/stream', { fetch: server.fetch });
    client.listen({ onError: () => client.close() });
    client.open();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', error: { code: 'not_found' } });
  });
});
