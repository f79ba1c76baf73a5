import {
  callLogRecord,
  createRingCentralMock,
  FakeClock,
  FIXTURE_RECORDING_ID,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBridge } from './helpers.js';

// The access token dies while a recording waits for its download (RingCentral kills the old
// access token at refresh, ringcentral.md row 37): the media host answers 401, the client
// refreshes once and downloads with the new token.

const AUDIO = new Uint8Array(4096).map((_, i) => i % 13);
const mock = createRingCentralMock({
  callLog: [callLogRecord()],
  recordings: { [FIXTURE_RECORDING_ID]: { body: AUDIO, contentType: 'audio/wav' } },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('recording download with a dead access token', () => {
  it('refreshes once on the 401 and downloads with the new token', async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock() });
    await bridge.start();
    await provider.poll('t1');
    mock.state.validAccessTokens.clear(); // the refresh token still works
    const before = mock.state.tokenRequests.length;
    const client = await provider.clientFor('t1');
    const url = `${mock.state.mediaServer}/restapi/v1.0/account/${mock.state.accountId}/recording/${FIXTURE_RECORDING_ID}/content`;
    const response = await client.send({ method: 'GET', url, group: 'heavy', what: 'download recording' });
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(AUDIO);
    expect(mock.state.tokenRequests.slice(before).map((t) => t.grantType)).toEqual(['refresh_token']);
    expect(mock.state.recordingRequests).toHaveLength(2);
    await bridge.close();
  });
});
