import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, interaction, setVisibility, sse } from '../../test/sse-fetch.js';
import { createEventStreamClient } from './client.js';
import type { StreamMessage } from './types.js';

const URL = 'https://crm.test/api/v1/events/stream';

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

describe('createEventStreamClient while it dispatches one chunk of events', () => {
  it('delivers nothing after a listener closed it, and resumes after the last event delivered', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch, random: () => 0 });
    const seen: Array<string | null> = [];
    client.listen({
      onMessage: (m: StreamMessage) => {
        seen.push(m.id);
        if (m.id === '1') client.close();
      },
    });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    server.connections[0]!.push(
      sse('call_event_created', interaction('a'), '1') + sse('call_event_created', interaction('b'), '2'),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['1']);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', lastEventId: '1' });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.connections[1]!.headers.get('last-event-id')).toBe('1');
    client.close();
  });

  it('does not call a listener removed by an earlier one', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(URL, { fetch: server.fetch });
    const second = vi.fn();
    let removeSecond = () => {};
    client.listen({ onMessage: () => removeSecond() });
    removeSecond = client.listen({ onMessage: second });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    server.connections[0]!.push(sse('call_event_created', interaction('a'), '1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(second).not.toHaveBeenCalled();
    client.close();
  });
});
