import { CallbridgeError } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import type { RingCentralClient } from '../client/platform-client.js';
import type { PlatformRequest } from '../client/platform-options.js';
import { resolveSettings } from '../settings.js';
import { accountOfMediaUrl, createRecordingFetcher, isRingCentralHost } from './fetcher.js';

const URL_B = 'https://media.ringcentral.com/restapi/v1.0/account/222/recording/9/content';
const creds = { clientId: 'c', clientSecret: 's' };
const tenantA = resolveSettings(
  {},
  { id: 'a', key: 'a', providers: { ringcentral: { ...creds, jwt: 'ja', accountId: '111' } } },
);
const tenantB = resolveSettings(
  {},
  { id: 'b', key: 'b', providers: { ringcentral: { ...creds, jwt: 'jb', accountId: '222' } } },
);

const context = { tenantId: 'b', source: 'RINGCENTRAL' as const, sourceRecordId: '9', recordingId: '9' };

function fakeClient(jwt: string, calls: string[], answer: () => Promise<Response>) {
  return {
    send: async (request: PlatformRequest) => {
      calls.push(`${jwt} ${request.group} ${request.url}`);
      return answer();
    },
  } as unknown as RingCentralClient;
}

describe('recording fetcher', () => {
  it('reads the account id of a media URL', () => {
    expect(accountOfMediaUrl(URL_B)).toBe('222');
    expect(
      accountOfMediaUrl('https://media.ringcentral.com/restapi/v1.0/account/~/recording/9/content'),
    ).toBeNull();
  });

  it('uses the credentials of the record tenant (context.tenantId), in the Heavy group', async () => {
    const calls: string[] = [];
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [tenantA, tenantB],
      clientOf: (s) => fakeClient(s.jwt ?? '', calls, async () => new Response('audio')),
    });
    const response = await fetcher(URL_B, {}, context);
    expect(await response.text()).toBe('audio');
    expect(calls).toEqual([`jb heavy ${URL_B}`]);
  });

  it("passes the download's signal on, so its timeout and the queue closing end the request", async () => {
    const seen: Array<AbortSignal | undefined> = [];
    const fetcher = createRecordingFetcher({
      settingsOf: async () => tenantB,
      clientOf: () =>
        ({
          send: async (request: PlatformRequest) => {
            seen.push(request.signal);
            return new Response('audio');
          },
        }) as unknown as RingCentralClient,
    });
    const signal = new AbortController().signal;
    await fetcher(URL_B, { signal }, context);
    await fetcher(URL_B, {}, context);
    expect(seen).toEqual([signal, undefined]);
  });

  it('never sends the first tenant token for a tenant without an accountId (ownerIds only)', async () => {
    const ownersOnly = resolveSettings(
      {},
      { id: 'b', key: 'b', providers: { ringcentral: { ...creds, jwt: 'jb', ownerIds: ['999'] } } },
    );
    const calls: string[] = [];
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [tenantA, ownersOnly],
      clientOf: (s) => fakeClient(s.jwt ?? '', calls, async () => new Response('audio')),
    });
    await fetcher(URL_B, {}, context);
    expect(calls).toEqual([`jb heavy ${URL_B}`]);
  });

  it('sends the token only to RingCentral hosts or the configured server', async () => {
    const calls: string[] = [];
    const fetcher = createRecordingFetcher({
      settingsOf: async () => tenantB,
      clientOf: (s) => fakeClient(s.jwt ?? '', calls, async () => new Response('audio')),
    });
    for (const url of [
      'https://evil.example/restapi/v1.0/account/222/recording/9/content',
      'https://media.ringcentral.com.evil.example/recording/9/content',
      'http://media.ringcentral.com/restapi/v1.0/account/222/recording/9/content',
    ]) {
      await expect(fetcher(url, {}, context)).rejects.toMatchObject({ code: 'configuration_error' });
    }
    expect(calls).toEqual([]);
    await fetcher(
      'https://media.ringcentral.com:443/restapi/v1.0/account/222/recording/9/content',
      {},
      context,
    );
    expect(calls).toHaveLength(1);
    expect(isRingCentralHost('https://platform.ringcentral.com/restapi/v1.0/account/~/recording/9')).toBe(
      true,
    );
    expect(isRingCentralHost('http://localhost:4010/media/9', 'http://localhost:4010')).toBe(true);
    expect(isRingCentralHost('http://localhost:4011/media/9', 'http://localhost:4010')).toBe(false);
    expect(isRingCentralHost('not a url')).toBe(false);
  });

  it('turns a platform error into a response with its status for core to judge', async () => {
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [tenantB],
      clientOf: () =>
        fakeClient('jb', [], async () => {
          throw new CallbridgeError('upstream_error', 'gone', { details: { upstreamStatus: 404 } });
        }),
    });
    expect((await fetcher(URL_B, {}, context)).status).toBe(404);
  });

  it('rejects with a configuration_error naming the fix when the tenant has no credentials', async () => {
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [tenantA, resolveSettings({}, { id: 'b', key: 'b' })],
      clientOf: () => {
        throw new Error('not called');
      },
    });
    const error = await fetcher(URL_B, {}, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbridgeError);
    expect(error).toMatchObject({ code: 'configuration_error' });
    expect((error as CallbridgeError).hint).toMatch(/tenant "b" providers\.ringcentral/);
  });
});
