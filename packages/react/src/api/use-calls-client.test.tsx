import type { Interaction, ListPage } from '@callbridge/core';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import type { CallsClient } from './client.js';
import { useCall, useCallStats } from './use-call.js';
import { useCalls } from './use-calls.js';

afterEach(cleanup);

const call = (id: string) =>
  interaction(id, { occurredAt: '2026-11-22T10:00:00Z', version: 1 }) as unknown as Interaction;

/** A client whose list answers `answer()` (a pending promise by default). */
function client(answer: () => Promise<ListPage<Interaction>> = () => new Promise(() => {})) {
  const list = vi.fn(answer);
  return { list, get: vi.fn(), stats: vi.fn(), url: (p: string) => p } as unknown as CallsClient & {
    list: typeof list;
  };
}

describe('useCalls when the client changes (another account or tenant), the filters unchanged', () => {
  it("never shows the previous client's items, from the render where it changes", async () => {
    const first = client(async () => ({ items: [call('a1')], nextCursor: 'p2' }));
    const second = client();
    const seen: Array<{ client: CallsClient; ids: string[] }> = [];
    const { result, rerender } = renderHook(
      ({ c }: { c: CallsClient }) => {
        const r = useCalls({ direction: 'inbound' }, { client: c });
        seen.push({ client: c, ids: r.items.map((i) => i.id) });
        return r;
      },
      { initialProps: { c: first as CallsClient } },
    );
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    rerender({ c: second });
    await waitFor(() => expect(second.list).toHaveBeenCalledTimes(1));
    for (const render of seen.filter((r) => r.client === second)) expect(render.ids).toEqual([]);
    expect(result.current).toMatchObject({ loading: true, items: [], hasMore: false });
  });

  it("shows none of the previous client's items when the new client's first page fails", async () => {
    const first = client(async () => ({ items: [call('a1')], nextCursor: null }));
    const failing = client(async () => {
      throw Object.assign(new Error('boom'), { code: 'internal_error' });
    });
    const { result, rerender } = renderHook(
      ({ c }: { c: CallsClient }) => useCalls({ direction: 'inbound' }, { client: c }),
      { initialProps: { c: first as CallsClient } },
    );
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    await act(async () => rerender({ c: failing }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).not.toBeNull();
    expect(result.current.items).toEqual([]);
  });
});

describe('useCall and useCallStats when the client changes, the id or range unchanged', () => {
  it("load from the new client and never show the previous client's data", async () => {
    const first = client();
    const second = client();
    (first.get as ReturnType<typeof vi.fn>).mockResolvedValue(call('a1'));
    (second.get as ReturnType<typeof vi.fn>).mockReturnValue(new Promise(() => {}));
    const { result, rerender } = renderHook(({ c }: { c: CallsClient }) => useCall('a1', { client: c }), {
      initialProps: { c: first as CallsClient },
    });
    await waitFor(() => expect(result.current.data?.id).toBe('a1'));
    await act(async () => rerender({ c: second }));
    expect(second.get).toHaveBeenCalledTimes(1);
    expect(result.current.data).toBeNull();
    expect(result.current.loading).toBe(true);
  });

  it('useCallStats asks the new client', async () => {
    const first = client();
    const second = client();
    const range = { from: '2026-11-01', to: '2026-11-22' };
    (first.stats as ReturnType<typeof vi.fn>).mockResolvedValue({ total: 1 });
    (second.stats as ReturnType<typeof vi.fn>).mockReturnValue(new Promise(() => {}));
    const { result, rerender } = renderHook(
      ({ c }: { c: CallsClient }) => useCallStats(range, { client: c }),
      {
        initialProps: { c: first as CallsClient },
      },
    );
    await waitFor(() => expect(result.current.data).not.toBeNull());
    await act(async () => rerender({ c: second }));
    expect(second.stats).toHaveBeenCalledTimes(1);
    expect(result.current.data).toBeNull();
  });
});
