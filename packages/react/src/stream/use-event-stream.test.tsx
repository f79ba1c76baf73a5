import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, interaction, setVisibility, sse } from '../../test/sse-fetch.js';
import { type UseEventStreamOptions, useEventStream } from './use-event-stream.js';

afterEach(cleanup);

let n = 0;
/** A fresh URL per test: connections are shared per URL at module level. */
const nextUrl = () => `https://crm.test/api/v1/events/stream?test=${++n}`;

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

function Status({ url, options, label }: { url: string; options: UseEventStreamOptions; label: string }) {
  const { status, lastEventId } = useEventStream(url, options);
  return <p>{`${label}:${status}:${lastEventId ?? '-'}`}</p>;
}

describe('useEventStream', () => {
  it('opens one connection after a StrictMode double mount', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const getHeaders = vi.fn(() => ({ Authorization: 'Bearer t' }));
    const { unmount } = render(
      <StrictMode>
        <Status url={url} label="a" options={{ fetch: server.fetch, getHeaders }} />
      </StrictMode>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(getHeaders).toHaveBeenCalledTimes(1);
    expect(screen.getByText('a:open:-')).toBeTruthy();
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.signal.aborted).toBe(true);
  });

  it('shares one connection per URL and dispatches to every subscriber', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const first = vi.fn();
    const second = vi.fn();
    const all = vi.fn();
    const { rerender } = render(
      <>
        <Status
          url={url}
          label="a"
          options={{ fetch: server.fetch, onEvent: { call_event_created: first } }}
        />
        <Status url={url} label="b" options={{ fetch: server.fetch, onEvent: all }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(1);
    // New handlers on re-render are used without reconnecting.
    rerender(
      <>
        <Status
          url={url}
          label="a"
          options={{ fetch: server.fetch, onEvent: { call_event_created: second } }}
        />
        <Status url={url} label="b" options={{ fetch: server.fetch, onEvent: all }} />
      </>,
    );
    await act(async () => {
      server.connections[0]!.push(sse('call_event_created', interaction('k'), '9'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'k' }),
      expect.objectContaining({ id: '9' }),
    );
    expect(all).toHaveBeenCalledWith(expect.objectContaining({ type: 'call_event_created', id: '9' }));
    expect(screen.getByText('a:open:9')).toBeTruthy();
    expect(screen.getByText('b:open:9')).toBeTruthy();
    expect(server.calls).toHaveBeenCalledTimes(1);
  });

  it('re-reads the latest getHeaders on reconnect and calls onResync', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const onResync = vi.fn();
    const { rerender } = renderHook(
      (token: string) =>
        useEventStream(url, {
          fetch: server.fetch,
          getHeaders: () => ({ Authorization: `Bearer ${token}` }),
          onResync,
        }),
      { initialProps: 'old' },
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    rerender('new');
    await act(async () => {
      server.connections[0]!.push(sse('resync', { reason: 'too_old' }, '50'));
      server.connections[0]!.end();
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(onResync).toHaveBeenCalledWith(expect.objectContaining({ type: 'resync', id: '50' }));
    expect(server.connections[1]!.headers.get('authorization')).toBe('Bearer new');
    expect(server.connections[1]!.headers.get('last-event-id')).toBe('50');
  });

  it('stays open on a hidden page only when one subscriber opts out of pausing', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    render(
      <>
        <Status url={url} label="a" options={{ fetch: server.fetch }} />
        <Status url={url} label="b" options={{ fetch: server.fetch, pauseWhenHidden: false }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => setVisibility('hidden'));
    expect(server.connections[0]!.signal.aborted).toBe(false);
    const other = createSseFetch();
    const url2 = nextUrl();
    render(<Status url={url2} label="c" options={{ fetch: other.fetch }} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(other.calls).not.toHaveBeenCalled();
    expect(screen.getByText('c:closed:-')).toBeTruthy();
  });

  it('resumes from its last event id when the URL of the same stream changes (refreshed ?token=)', async () => {
    const server = createSseFetch();
    const base = nextUrl();
    const { rerender } = render(
      <Status url={`${base}&token=t1`} label="a" options={{ fetch: server.fetch }} />,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    await act(async () => {
      server.connections[0]!.push(sse('call_event_created', interaction('a'), '41'));
      await vi.advanceTimersByTimeAsync(0);
    });
    rerender(<Status url={`${base}&token=t2`} label="a" options={{ fetch: server.fetch }} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(server.connections[0]!.signal.aborted).toBe(true);
    expect(server.connections[1]!.url).toBe(`${base}&token=t2`);
    expect(server.connections[1]!.headers.get('last-event-id')).toBe('41');
    expect(screen.getByText('a:open:41')).toBeTruthy();
    // Another path is another stream: it starts fresh.
    rerender(
      <Status url="https://crm.test/api/v2/events/stream" label="a" options={{ fetch: server.fetch }} />,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[2]!.headers.has('last-event-id')).toBe(false);
  });

  it('starts from the lastEventId option on its first connection', async () => {
    const server = createSseFetch();
    render(<Status url={nextUrl()} label="a" options={{ fetch: server.fetch, lastEventId: '17' }} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.headers.get('last-event-id')).toBe('17');
    expect(screen.getByText('a:open:17')).toBeTruthy();
  });

  it('shares a connection only between subscribers with equal connection options', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const { rerender } = render(<Status url={url} label="a" options={{ fetch: server.fetch }} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    rerender(
      <>
        <Status url={url} label="a" options={{ fetch: server.fetch }} />
        <Status url={url} label="b" options={{ fetch: server.fetch, credentials: 'include' }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(2);
    const credentials = server.calls.mock.calls.map(([, init]) => (init as RequestInit).credentials);
    expect(credentials).toEqual([undefined, 'include']);
    // Changing an option reconnects with it, resuming where the hook was.
    await act(async () => {
      server.connections[0]!.push(sse('call_event_created', interaction('a'), '8'));
      await vi.advanceTimersByTimeAsync(0);
    });
    rerender(
      <>
        <Status url={url} label="a" options={{ fetch: server.fetch, credentials: 'omit' }} />
        <Status url={url} label="b" options={{ fetch: server.fetch, credentials: 'include' }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.signal.aborted).toBe(true);
    expect(server.connections[1]!.signal.aborted).toBe(false);
    expect((server.calls.mock.calls[2]![1] as RequestInit).credentials).toBe('omit');
    expect(server.connections[2]!.headers.get('last-event-id')).toBe('8');
  });

  it('shares a connection only between subscribers with the same getHeaders and fetch', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const forA = () => ({ Authorization: 'Bearer a' });
    const forB = () => ({ Authorization: 'Bearer b' });
    const onA = vi.fn();
    const onB = vi.fn();
    render(
      <>
        <Status url={url} label="a" options={{ fetch: server.fetch, getHeaders: forA, onEvent: onA }} />
        <Status url={url} label="b" options={{ fetch: server.fetch, getHeaders: forB, onEvent: onB }} />
        <Status url={url} label="c" options={{ fetch: server.fetch, getHeaders: forA }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const auth = server.connections.map((c) => c.headers.get('authorization'));
    expect(auth).toEqual(['Bearer a', 'Bearer b']);
    // Each connection's events reach only the subscribers with its headers.
    await act(async () => {
      server.connections[1]!.push(sse('call_event_created', interaction('b1'), '3'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(onA).not.toHaveBeenCalled();
    expect(onB).toHaveBeenCalledWith(expect.objectContaining({ id: '3' }));
    expect(screen.getByText('a:open:-')).toBeTruthy();
    expect(screen.getByText('b:open:3')).toBeTruthy();
    // An inline getHeaders, new on every render, keeps its connection and is read on reconnect.
    const inline = (token: string) => (
      <Status
        url={url}
        label="d"
        options={{ fetch: server.fetch, getHeaders: () => ({ Authorization: token }) }}
      />
    );
    const { rerender } = render(inline('t1'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(3);
    rerender(inline('t2'));
    await act(async () => {
      server.connections[2]!.end();
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(server.calls).toHaveBeenCalledTimes(4);
    expect(server.connections[3]!.headers.get('authorization')).toBe('t2');
    // Another fetch is another connection too.
    const other = createSseFetch();
    render(<Status url={url} label="e" options={{ fetch: other.fetch }} />);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(other.calls).toHaveBeenCalledTimes(1);
  });

  it('does not connect when disabled or without a URL', async () => {
    const server = createSseFetch();
    render(
      <>
        <Status url={nextUrl()} label="a" options={{ fetch: server.fetch, enabled: false }} />
        <Status url="" label="b" options={{ fetch: server.fetch }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).not.toHaveBeenCalled();
  });
});
