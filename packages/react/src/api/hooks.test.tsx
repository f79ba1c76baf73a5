import type { Interaction, ListPage } from '@callbridge/core';
import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import type { CallFilters, CallsClient } from './client.js';
import { CallsClientProvider, useCallsClient } from './context.js';
import { useCall, useCallStats } from './use-call.js';
import { mergeInteractions, useCalls } from './use-calls.js';

afterEach(cleanup);

const call = (id: string, occurredAt: string, version = 1) =>
  interaction(id, { occurredAt, version }) as unknown as Interaction;

function fakeClient(pages: Record<string, ListPage<Interaction>>) {
  const list = vi.fn(async (f: CallFilters & { cursor?: string | null } = {}) => {
    const page = pages[f.cursor ?? 'first'];
    if (!page) throw Object.assign(new Error('boom'), { code: 'internal_error' });
    return page;
  });
  const get = vi.fn(async (id: string) => call(id, '2026-11-22T09:00:00Z'));
  const stats = vi.fn(async () => ({ total: 1 }));
  return { list, get, stats, url: (p: string) => p } as unknown as CallsClient & {
    list: typeof list;
    get: typeof get;
    stats: typeof stats;
  };
}

describe('useCalls', () => {
  it('loads the first page, appends with loadMore and stops at the last page', async () => {
    const client = fakeClient({
      first: { items: [call('b', '2026-11-22T10:00:00Z')], nextCursor: 'p2' },
      p2: { items: [call('a', '2026-11-21T10:00:00Z')], nextCursor: null },
    });
    const { result } = renderHook(() => useCalls({ direction: 'inbound', limit: 1 }, { client }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.items.map((i) => i.id)).toEqual(['b']);
    expect(result.current.hasMore).toBe(true);
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['b', 'a']));
    expect(client.list).toHaveBeenCalledTimes(2);
    expect(client.list.mock.calls[1]![0]).toEqual({ direction: 'inbound', limit: 1, cursor: 'p2' });
    expect(result.current.hasMore).toBe(false);
  });

  it('refetches when filter values change, not when an equal object is passed again', async () => {
    const client = fakeClient({ first: { items: [], nextCursor: null } });
    const { result, rerender } = renderHook((f: CallFilters) => useCalls({ ...f }, { client }), {
      initialProps: { direction: 'inbound' },
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender({ direction: 'inbound' });
    expect(client.list).toHaveBeenCalledTimes(1);
    rerender({ direction: 'outbound' });
    await waitFor(() => expect(client.list).toHaveBeenCalledTimes(2));
    expect(client.list.mock.calls[1]![0]).toMatchObject({ direction: 'outbound' });
  });

  it('exposes errors', async () => {
    const client = fakeClient({});
    const { result } = renderHook(() => useCalls({}, { client }));
    await waitFor(() => expect(result.current.error).not.toBeNull());
  });

  it('merges live calls with upsert, inserting only those that match the filters', async () => {
    const client = fakeClient({ first: { items: [call('a', '2026-11-21T10:00:00Z')], nextCursor: null } });
    const { result } = renderHook(() => useCalls({ direction: 'inbound', from: '2026-11-01' }, { client }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    const outbound = interaction('o', {
      occurredAt: '2026-11-22T11:00:00Z',
      metadata: { direction: 'outbound' },
    }) as unknown as Interaction;
    act(() => {
      result.current.upsert(call('x', '2026-11-22T10:00:00Z'));
      result.current.upsert(outbound);
      result.current.upsert(call('old', '2026-10-01T10:00:00Z'));
      result.current.upsert(call('a', '2026-11-21T10:00:00Z', 2));
    });
    expect(result.current.items.map((i) => [i.id, i.version])).toEqual([
      ['x', 1],
      ['a', 2],
    ]);
  });
});

describe('useCalls reload', () => {
  it('keeps the list on screen while it reloads (e.g. on resync), then shows the new first page', async () => {
    const client = fakeClient({
      first: {
        items: [call('b', '2026-11-22T10:00:00Z'), call('a', '2026-11-21T10:00:00Z')],
        nextCursor: 'p2',
      },
      p2: { items: [call('z', '2026-11-20T10:00:00Z')], nextCursor: null },
    });
    const { result } = renderHook(() => useCalls({ limit: 2 }, { client }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['b', 'a', 'z']));
    let answer: (page: ListPage<Interaction>) => void = () => {};
    client.list.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    act(() => result.current.reload());
    // Items stay mounted (a timeline item keeps its open player) until the first page answers.
    expect(result.current.loading).toBe(true);
    expect(result.current.items.map((i) => i.id)).toEqual(['b', 'a', 'z']);
    act(() => result.current.upsert(call('x', '2026-11-22T12:00:00Z')));
    await act(async () =>
      answer({
        items: [call('c', '2026-11-22T11:00:00Z'), call('b', '2026-11-22T10:00:00Z', 2)],
        nextCursor: 'p2b',
      }),
    );
    // The first page replaces what was loaded (older pages may be stale after a resync); a call
    // received during the reload stays.
    expect(result.current.items.map((i) => [i.id, i.version])).toEqual([
      ['x', 1],
      ['c', 1],
      ['b', 2],
    ]);
    expect(result.current).toMatchObject({ loading: false, nextCursor: 'p2b' });
  });

  it('empties the list when the filters change', async () => {
    const client = fakeClient({ first: { items: [call('b', '2026-11-22T10:00:00Z')], nextCursor: null } });
    const { result, rerender } = renderHook((f: CallFilters) => useCalls(f, { client }), {
      initialProps: { direction: 'inbound' },
    });
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    client.list.mockImplementationOnce(() => new Promise(() => {}));
    rerender({ direction: 'outbound' });
    await waitFor(() => expect(client.list).toHaveBeenCalledTimes(2));
    expect(result.current).toMatchObject({ loading: true, items: [] });
  });
});

describe('useCalls filter change', () => {
  it("never shows the previous filters' items, from the render where the filters change", async () => {
    const client = fakeClient({ first: { items: [call('b', '2026-11-22T10:00:00Z')], nextCursor: 'p2' } });
    const seen: Array<{ direction?: string; ids: string[]; loading: boolean; hasMore: boolean }> = [];
    const { result, rerender } = renderHook(
      (f: CallFilters) => {
        const r = useCalls(f, { client });
        seen.push({
          direction: f.direction,
          ids: r.items.map((i) => i.id),
          loading: r.loading,
          hasMore: r.hasMore,
        });
        return r;
      },
      { initialProps: { direction: 'inbound' } },
    );
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    let answer: (page: ListPage<Interaction>) => void = () => {};
    client.list.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    rerender({ direction: 'outbound' });
    const outbound = () => seen.filter((r) => r.direction === 'outbound');
    // Every render for the new filters until their page answers: nothing, loading.
    expect(outbound().length).toBeGreaterThan(0);
    for (const r of outbound())
      expect(r).toEqual({ direction: 'outbound', ids: [], loading: true, hasMore: false });
    await act(async () => answer({ items: [call('o', '2026-11-22T11:00:00Z')], nextCursor: null }));
    expect(result.current).toMatchObject({ loading: false, items: [{ id: 'o' }] });
  });
});

describe('mergeInteractions', () => {
  it('keeps the newest version and the server order', () => {
    const merged = mergeInteractions(
      [call('a', '2026-11-22T10:00:00Z', 3), call('b', '2026-11-20T10:00:00Z')],
      [call('a', '2026-11-22T10:00:00Z', 2), call('c', '2026-11-21T10:00:00Z')],
    );
    expect(merged.map((i) => [i.id, i.version])).toEqual([
      ['a', 3],
      ['c', 1],
      ['b', 1],
    ]);
  });
});

function Probe() {
  useCallsClient();
  return null;
}

describe('useCall and useCallStats', () => {
  it('load through the provider client and reload on demand', async () => {
    const client = fakeClient({});
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <CallsClientProvider client={client}>{children}</CallsClientProvider>
    );
    const { result } = renderHook(
      () => ({ call: useCall('k1'), stats: useCallStats({ from: '2026-11-01', to: '2026-11-02' }) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.call.data?.id).toBe('k1'));
    await waitFor(() => expect(result.current.stats.data).toEqual({ total: 1 }));
    expect(client.stats).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-02' }, expect.anything());
    act(() => result.current.call.reload());
    await waitFor(() => expect(client.get).toHaveBeenCalledTimes(2));
  });

  it('keeps a newer live update (setData) over an older answer that arrives after it', async () => {
    const client = fakeClient({});
    let answer: (call: Interaction) => void = () => {};
    client.get.mockImplementation(() => new Promise<Interaction>((resolve) => (answer = resolve)));
    const { result } = renderHook(() => useCall('k1', { client }));
    // The stream's call_ai_completed arrives while the GET (read before the AI finished) is in flight.
    act(() => result.current.setData(call('k1', '2026-11-22T09:00:00Z', 7)));
    await act(async () => answer(call('k1', '2026-11-22T09:00:00Z', 6)));
    expect(result.current).toMatchObject({ loading: false, data: { id: 'k1', version: 7 } });
    // A newer answer (a reload) still replaces it.
    act(() => result.current.reload());
    await act(async () => answer(call('k1', '2026-11-22T09:00:00Z', 8)));
    expect(result.current.data?.version).toBe(8);
  });

  it("never shows the previous id's data while another id loads or after it failed", async () => {
    const client = fakeClient({});
    let failB: (error: unknown) => void = () => {};
    client.get.mockImplementation(async (id: string) => {
      if (id === 'b') return new Promise<Interaction>((_, reject) => (failB = reject));
      return call(id, '2026-11-22T09:00:00Z');
    });
    const { result, rerender } = renderHook(({ id }) => useCall(id, { client }), {
      initialProps: { id: 'a' },
    });
    await waitFor(() => expect(result.current.data?.id).toBe('a'));
    rerender({ id: 'b' });
    expect(result.current).toMatchObject({ data: null, loading: true, error: null });
    await act(async () => failB(Object.assign(new Error('gone'), { code: 'not_found' })));
    expect(result.current).toMatchObject({ data: null, loading: false, error: { code: 'not_found' } });
    // Back to a: its data again once loaded; a reload of the same id keeps showing it meanwhile.
    rerender({ id: 'a' });
    expect(result.current.data).toBeNull();
    await waitFor(() => expect(result.current.data?.id).toBe('a'));
    act(() => result.current.reload());
    expect(result.current.data?.id).toBe('a');
  });

  it('explains a missing provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Probe />)).toThrow(/CallsClientProvider/);
  });
});
