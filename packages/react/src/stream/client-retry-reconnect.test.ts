import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, setVisibility } from '../../test/sse-fetch.js';
import { createEventStreamClient } from './client.js';

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

describe('createEventStreamClient when a listener reconnects from onError before a retry', () => {
  it('keeps that connection: no backoff timer aborts it later, and the status says so', async () => {
    const server = createSseFetch();
    server.respond(401, { code: 'unauthenticated', title: 'Unauthorized', status: 401 });
    const client = createEventStreamClient('https://crm.test/api/v1/events/stream', {
      fetch: server.fetch,
      random: () => 0,
    });
    // E.g. refresh the token on a 401 and reconnect at once instead of waiting the backoff.
    let reconnected = 0;
    client.listen({
      onError: (error) => {
        if (error.code === 'unauthenticated' && reconnected++ === 0) client.reconnect();
      },
    });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(client.getSnapshot().status).toBe('open');
    // The backoff the 401 would have started (1 s) must not replace the open connection.
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(server.connections[1]!.signal.aborted).toBe(false);
    expect(client.getSnapshot().status).toBe('open');
    client.close();
  });
});
