import type { ProviderRuntime } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { ringoverRecordingFetch } from './recording-fetch.js';

const context = { tenantId: 't1', source: 'RINGOVER' as const, sourceRecordId: 'c1', recordingId: null };
const tenants = { byId: async () => null } as unknown as Pick<ProviderRuntime, 'tenants'>['tenants'];

describe('Ringover recording fetcher and redirects', () => {
  it("hands a redirect back unfollowed (core checks each target), the key on Ringover's hosts only", async () => {
    const calls: Array<{
      url: string;
      redirect: RequestRedirect | undefined;
      signal: unknown;
      auth: string | null;
    }> = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      calls.push({
        url: String(input),
        redirect: init?.redirect,
        signal: init?.signal,
        auth: new Headers(init?.headers).get('authorization'),
      });
      return new Response(null, { status: 302, headers: { location: 'https://cdn.example/rec.mp3' } });
    };
    const fetcher = ringoverRecordingFetch({ tenants }, { apiKey: 'key-1' }, fetchImpl);
    const signal = new AbortController().signal;
    const response = await fetcher(
      'https://cdn.ringover.com/records/1.mp3',
      { redirect: 'manual', signal },
      { ...context, hop: 0 },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('https://cdn.example/rec.mp3');
    await fetcher('https://cdn.example/rec.mp3', { redirect: 'manual', signal }, { ...context, hop: 1 });
    expect(calls).toEqual([
      { url: 'https://cdn.ringover.com/records/1.mp3', redirect: 'manual', signal, auth: 'key-1' },
      { url: 'https://cdn.example/rec.mp3', redirect: 'manual', signal, auth: null },
    ]);
  });
});
