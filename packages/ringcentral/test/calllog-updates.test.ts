import { callLogRecord, createRingCentralMock, FakeClock } from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBridge } from './helpers.js';

// A call-log row can change after the poller first read it: the spec lists the result
// "In Progress", and a row read while the call was going on later comes back with its final
// result and duration under the same id (ringcentral.md rows 28-30).

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.state.callLog = [];
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const T0 = Date.parse('2025-03-04T16:00:00.000Z');
const START = new Date(T0 - 60_000).toISOString();

describe('a call-log row that changes after it was read', () => {
  it('an "In Progress" row later read with its final duration ends with that duration', async () => {
    const row = (result: string, duration: number) => ({
      ...callLogRecord({ id: 'cl-live', recordingId: 'rec-live', startTime: START, result, duration }),
    });
    mock.state.callLog = [row('In Progress', 30)];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    const first = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', 'rec-live');
    // An unfinished call is not an ended one.
    expect(first?.metadata).not.toMatchObject({ durationSeconds: 30 });

    mock.state.callLog = [row('Accepted', 190)];
    clock.advance(300_000);
    await provider.poll('t1');
    const done = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', 'rec-live');
    expect(done?.metadata).toMatchObject({ durationSeconds: 190, callType: 'answered' });
    await bridge.close();
  });

  it('the daily reconciliation stores the final duration of a row first read unfinished', async () => {
    mock.state.callLog = [
      callLogRecord({
        id: 'cl-r',
        recordingId: 'rec-r',
        startTime: START,
        result: 'In Progress',
        duration: 30,
      }),
    ];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    mock.state.callLog = [
      callLogRecord({
        id: 'cl-r',
        recordingId: 'rec-r',
        startTime: START,
        result: 'Accepted',
        duration: 190,
      }),
    ];
    clock.advance(3_600_000 * 3); // far past the poll's look-back window
    await provider.reconcile('t1');
    const done = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', 'rec-r');
    expect(done?.metadata).toMatchObject({ durationSeconds: 190 });
    await bridge.close();
  });
});
