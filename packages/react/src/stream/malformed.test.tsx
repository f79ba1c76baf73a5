import type { Interaction } from '@callbridge/core';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, interaction, setVisibility, sse } from '../../test/sse-fetch.js';
import type { CallsClient } from '../api/client.js';
import { useCalls } from '../api/use-calls.js';
import { CallNotificationProvider } from '../notifications/provider.js';
import { CallTimelineItem } from '../timeline/call-timeline-item.js';
import { createEventStreamClient } from './client.js';
import type { StreamMessage } from './types.js';
import { useEventStream } from './use-event-stream.js';

afterEach(cleanup);
beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

let n = 0;
const nextUrl = () => `https://crm.test/api/v1/events/stream?malformed=${++n}`;

/** Call event data that is JSON but not an Interaction (another server, a proxy, a newer schema). */
const NOT_A_CALL: unknown[] = [
  null,
  42,
  'call',
  [],
  {},
  { id: 'x' },
  { id: 'y', metadata: {}, version: 2 },
  { id: 'z', source: 'RINGOVER', occurredAt: '2026-11-22T10:00:00Z', metadata: null },
  { id: 7, source: 'RINGOVER', occurredAt: '2026-11-22T10:00:00Z', metadata: {} },
];

/** The README's timeline: the list from the calls API, kept live by the stream's upserts. */
function Timeline({
  url,
  fetch,
  client,
}: {
  url: string;
  fetch: typeof globalThis.fetch;
  client: CallsClient;
}) {
  const { items, upsert, reload } = useCalls({ limit: 20 }, { client });
  useEventStream(url, {
    fetch,
    onEvent: { call_event_created: upsert, call_event_updated: upsert, call_ai_completed: upsert },
    onResync: reload,
  });
  return (
    <section>
      <p>{`calls:${items.map((i) => i.id).join(',')}`}</p>
      {items.map((call) => (
        <CallTimelineItem key={call.id} interaction={call} />
      ))}
    </section>
  );
}

describe('call events whose data is not an Interaction', () => {
  it('are reported as invalid_response and not dispatched; the resume id still moves on', async () => {
    const server = createSseFetch();
    const client = createEventStreamClient(nextUrl(), { fetch: server.fetch });
    const messages: StreamMessage[] = [];
    const onError = vi.fn();
    client.listen({ onMessage: (m) => messages.push(m), onError });
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    for (const [i, data] of NOT_A_CALL.entries()) {
      server.connections[0]!.push(sse('call_event_updated', data, `e${i}`));
    }
    server.connections[0]!.push(sse('call_event_created', interaction('ok'), 'last'));
    await vi.advanceTimersByTimeAsync(0);
    expect(messages.map((m) => m.id)).toEqual(['last']);
    expect(onError).toHaveBeenCalledTimes(NOT_A_CALL.length);
    expect(onError.mock.calls.every(([e]) => e.code === 'invalid_response')).toBe(true);
    expect(client.getSnapshot().lastEventId).toBe('last');
    client.close();
  });

  it('do not crash the README timeline and toasts, which go on with the next valid event', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const list = vi.fn(async () => ({
      items: [interaction('a'), interaction('b')] as unknown as Interaction[],
      nextCursor: null,
    }));
    const client = { list, get: vi.fn(), stats: vi.fn(), url: (p: string) => p } as unknown as CallsClient;
    render(
      <CallNotificationProvider url={url} fetch={server.fetch} maxAgeMs={Number.POSITIVE_INFINITY}>
        <Timeline url={url} fetch={server.fetch} client={client} />
      </CallNotificationProvider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByText('calls:b,a')).toBeTruthy();
    await act(async () => {
      for (const [i, data] of NOT_A_CALL.entries()) {
        server.connections[0]!.push(sse('call_event_created', data, `e${i}`));
      }
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('calls:b,a')).toBeTruthy();
    const ringing = interaction('c', {
      occurredAt: '2026-11-22T11:00:00.000Z',
      metadata: { direction: 'inbound', callerNumber: '+33123456789', callState: 'ringing' },
    });
    await act(async () => {
      server.connections[0]!.push(sse('call_event_created', ringing, 'ok'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByText('calls:c,b,a')).toBeTruthy();
    expect(document.querySelectorAll('.cb-toast')).toHaveLength(1);
  });
});
