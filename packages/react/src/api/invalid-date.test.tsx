import type { Interaction } from '@callbridge/core';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import { type CallsClient, createCallsClient } from './client.js';
import { useCallStats } from './use-call.js';
import { matchesFilters, useCalls } from './use-calls.js';

afterEach(cleanup);

// `new Date('')`: what an empty <input type="date"> or a missing query parameter gives.
const invalid = () => new Date('');

describe('an invalid Date as a filter', () => {
  it('is left out of the URL, as an empty value is', () => {
    const calls = createCallsClient();
    expect(calls.url('/calls', { from: invalid(), to: '2026-12-01T00:00:00.000Z' })).toBe(
      '/api/v1/calls?to=2026-12-01T00%3A00%3A00.000Z',
    );
  });

  it('filters nothing and does not throw in render (useCalls, matchesFilters)', async () => {
    const list = vi.fn(async (_filters: Record<string, unknown>) => ({ items: [], nextCursor: null }));
    const client = { list, url: (p: string) => p } as unknown as CallsClient;
    const { result } = renderHook(() => useCalls({ from: invalid(), direction: 'inbound' }, { client }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toBeNull();
    expect(list.mock.calls[0]![0]).toMatchObject({ direction: 'inbound' });
    expect(list.mock.calls[0]![0]).not.toHaveProperty('from', expect.any(String));
    expect(
      matchesFilters(interaction('a') as unknown as Interaction, { from: invalid(), to: invalid() }),
    ).toBe(true);
  });

  it('reaches useCallStats as a request, whose failure is its error, not a crash', async () => {
    const stats = vi.fn(async () => {
      throw Object.assign(new Error('from and to are required'), { code: 'validation_error' });
    });
    const client = { stats, url: (p: string) => p } as unknown as CallsClient;
    const { result } = renderHook(() => useCallStats({ from: invalid(), to: invalid() }, { client }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toMatchObject({ code: 'validation_error' });
  });
});
