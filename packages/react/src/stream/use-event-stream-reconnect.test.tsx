import { act, cleanup, renderHook } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, setVisibility } from '../../test/sse-fetch.js';
import { useEventStream } from './use-event-stream.js';

afterEach(cleanup);
beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => vi.useRealTimers());

let n = 0;
const nextUrl = () => `https://crm.test/api/v1/events/stream?reconnect=${++n}`;

describe('useEventStream reconnect', () => {
  it('is the same function on every render, so an effect that depends on it runs once', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const subscribed = vi.fn();
    const { result, rerender } = renderHook(() => {
      const { reconnect, status } = useEventStream(url, { fetch: server.fetch });
      // E.g. reconnect when the device comes back online.
      useEffect(() => {
        subscribed();
        window.addEventListener('online', reconnect);
        return () => window.removeEventListener('online', reconnect);
      }, [reconnect]);
      return { reconnect, status };
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    const first = result.current.reconnect;
    rerender();
    expect(result.current.status).toBe('open');
    expect(result.current.reconnect).toBe(first);
    expect(subscribed).toHaveBeenCalledTimes(1);
    // It drops the connection and opens a new one at once.
    act(() => window.dispatchEvent(new Event('online')));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.signal.aborted).toBe(true);
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(result.current.status).toBe('open');
  });

  it('reconnects the current stream after the URL or an option changed', async () => {
    const server = createSseFetch();
    const first = nextUrl();
    const second = nextUrl();
    const { result, rerender } = renderHook(
      ({ url, maxRetryMs }) => useEventStream(url, { fetch: server.fetch, maxRetryMs }),
      { initialProps: { url: first, maxRetryMs: 30_000 } },
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const reconnect = result.current.reconnect;
    rerender({ url: second, maxRetryMs: 30_000 });
    await act(() => vi.advanceTimersByTimeAsync(0));
    rerender({ url: second, maxRetryMs: 10_000 });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections.map((c) => [c.url, c.signal.aborted])).toEqual([
      [first, true],
      [second, true],
      [second, false],
    ]);
    // The function from the first render drops the connection the hook has now, nothing else.
    act(() => reconnect());
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections.map((c) => [c.url, c.signal.aborted])).toEqual([
      [first, true],
      [second, true],
      [second, true],
      [second, false],
    ]);
    expect(result.current.status).toBe('open');
  });
});
