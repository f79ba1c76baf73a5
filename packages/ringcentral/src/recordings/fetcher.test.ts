import { CallbridgeError } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import type { PlatformRequest, RingCentralClient } from '../client/platform-client.js';
import { resolveSettings } from '../settings.js';
import { accountOfMediaUrl, createRecordingFetcher } from './fetcher.js';

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

  it('uses the credentials of the tenant whose account the URL names, in the Heavy group', async () => {
    const calls: string[] = [];
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [tenantA, tenantB],
      clientOf: (s) => fakeClient(s.jwt ?? '', calls, async () => new Response('audio')),
    });
    const response = await fetcher(URL_B, {}, context);
    expect(await response.text()).toBe('audio');
    expect(calls).toEqual([`jb heavy ${URL_B}`]);
  });

  it('turns a platform error into a response with its status for core to judge', async () => {
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [tenantA],
      clientOf: () =>
        fakeClient('ja', [], async () => {
          throw new CallbridgeError('upstream_error', 'gone', { details: { upstreamStatus: 404 } });
        }),
    });
    expect((await fetcher(URL_B, {}, context)).status).toBe(404);
  });

  it('answers 401 when no tenant has credentials', async () => {
    const fetcher = createRecordingFetcher({
      tenantSettings: async () => [resolveSettings({}, null)],
      clientOf: () => {
        throw new Error('not called');
      },
    });
    expect((await fetcher(URL_B, {}, context)).status).toBe(401);
  });
});
