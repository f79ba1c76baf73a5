import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseFetch, setVisibility } from '../../test/sse-fetch.js';
import { createEventStreamClient } from './client.js';
import { type UseEventStreamOptions, useEventStream } from './use-event-stream.js';

afterEach(cleanup);

let n = 0;
/** A fresh URL per test: connections are shared per URL at module level. */
const nextUrl = () => `https://crm.test/api/v1/events/stream?pause=${++n}`;

beforeEach(() => {
  vi.useFakeTimers();
  setVisibility('visible');
});
afterEach(() => {
  setVisibility('visible');
  vi.useRealTimers();
});

function Status({ url, options, label }: { url: string; options: UseEventStreamOptions; label: string }) {
  const { status, paused } = useEventStream(url, options);
  return <p>{`${label}:${status}:${paused ? 'paused' : 'running'}`}</p>;
}

/** A shared connection runs while any subscriber wants it running, whenever that changes. */
describe('useEventStream: pausing a shared connection on a hidden page', () => {
  it('resumes a paused connection at once when a subscriber that never pauses joins', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    setVisibility('hidden');
    const a = <Status url={url} label="a" options={{ fetch: server.fetch }} />;
    const { rerender } = render(a);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).not.toHaveBeenCalled();
    expect(screen.getByText('a:closed:paused')).toBeTruthy();
    rerender(
      <>
        {a}
        <Status url={url} label="b" options={{ fetch: server.fetch, pauseWhenHidden: false }} />
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(screen.getByText('a:open:running')).toBeTruthy();
    expect(screen.getByText('b:open:running')).toBeTruthy();
    // When it leaves, the page is still hidden and every remaining subscriber allows pausing.
    rerender(a);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.signal.aborted).toBe(true);
    expect(screen.getByText('a:closed:paused')).toBeTruthy();
    act(() => setVisibility('visible'));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(screen.getByText('a:open:running')).toBeTruthy();
  });

  it('applies a changed pauseWhenHidden prop while the page is hidden', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const view = (pauseWhenHidden: boolean) => (
      <Status url={url} label="a" options={{ fetch: server.fetch, pauseWhenHidden }} />
    );
    const { rerender } = render(view(true));
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => setVisibility('hidden'));
    expect(server.connections[0]!.signal.aborted).toBe(true);
    rerender(view(false));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(2);
    expect(screen.getByText('a:open:running')).toBeTruthy();
    rerender(view(true));
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[1]!.signal.aborted).toBe(true);
    expect(screen.getByText('a:closed:paused')).toBeTruthy();
  });

  it('keeps running on a hidden page while a subscriber that never pauses is still there', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const a = <Status url={url} label="a" options={{ fetch: server.fetch, pauseWhenHidden: false }} />;
    const b = <Status url={url} label="b" options={{ fetch: server.fetch }} />;
    const { rerender } = render(
      <>
        {a}
        {b}
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => setVisibility('hidden'));
    rerender(a);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.signal.aborted).toBe(false);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(screen.getByText('a:open:running')).toBeTruthy();
  });

  it('keeps the connection when a subscriber that never pauses is remounted (key change, StrictMode)', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    const a = <Status url={url} label="a" options={{ fetch: server.fetch }} />;
    const b = (key: string) => (
      <Status key={key} url={url} label="b" options={{ fetch: server.fetch, pauseWhenHidden: false }} />
    );
    const { rerender } = render(
      <>
        {a}
        {b('1')}
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => setVisibility('hidden'));
    // One commit releases the old b and acquires the new one: the connection never pauses between.
    rerender(
      <>
        {a}
        {b('2')}
      </>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.connections[0]!.signal.aborted).toBe(false);
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(screen.getByText('b:open:running')).toBeTruthy();
  });

  it('opens once when StrictMode mounts, unmounts and remounts a subscriber that never pauses', async () => {
    const server = createSseFetch();
    const url = nextUrl();
    setVisibility('hidden');
    const a = <Status url={url} label="a" options={{ fetch: server.fetch }} />;
    const { rerender } = render(<StrictMode>{a}</StrictMode>);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).not.toHaveBeenCalled();
    rerender(
      <StrictMode>
        {a}
        <Status url={url} label="b" options={{ fetch: server.fetch, pauseWhenHidden: false }} />
      </StrictMode>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(server.calls).toHaveBeenCalledTimes(1);
    expect(server.connections[0]!.signal.aborted).toBe(false);
    expect(screen.getByText('b:open:running')).toBeTruthy();
  });
});

describe('createEventStreamClient: refreshPause', () => {
  it('asks a pauseWhenHidden function again and pauses or resumes by its answer', async () => {
    const server = createSseFetch();
    let allow = true;
    const client = createEventStreamClient(nextUrl(), { fetch: server.fetch, pauseWhenHidden: () => allow });
    setVisibility('hidden');
    client.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', paused: true });
    allow = false;
    client.refreshPause();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.getSnapshot()).toMatchObject({ status: 'open', paused: false });
    allow = true;
    client.refreshPause();
    expect(server.connections[0]!.signal.aborted).toBe(true);
    expect(client.getSnapshot()).toMatchObject({ status: 'closed', paused: true });
    client.close();
    client.refreshPause();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveBeenCalledTimes(1);
  });
});
