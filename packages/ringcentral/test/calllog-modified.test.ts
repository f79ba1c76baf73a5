import type { CallBridge } from '@callbridge/core';
import { mainRecordingOf } from '@callbridge/ringcentral';
import {
  callLogRecord,
  createRingCentralMock,
  FakeClock,
  FIXTURE_RECORDING_ID,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBridge } from './helpers.js';
import { danaLeg, R2, samLeg } from './transfer-legs.js';

// A final row can still change after it was read: the Detailed view says when, in the record's
// `lastModifiedTime` (ringcentral.md row 30). Here Sam's leg gets its own recording later. A row
// whose lastModifiedTime moved is read again; an unchanged one is still skipped.
const R1 = FIXTURE_RECORDING_ID;
const T0 = Date.parse('2025-03-04T16:00:00.000Z');
/** A recording the record gets after it was read. */
const R3 = '2904417730018';

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const before = () => ({
  ...callLogRecord({ id: 'cl-mod', recordingId: R1, legs: [danaLeg(), samLeg()] }),
  lastModifiedTime: '2025-03-04T15:33:40.123Z',
});
const after = () => ({
  ...callLogRecord({ id: 'cl-mod', recordingId: R1, legs: [danaLeg(), samLeg(R2)] }),
  lastModifiedTime: '2025-03-04T15:52:10.000Z',
});
const others = async (bridge: CallBridge) =>
  ((await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', R1))?.metadata.otherRecordings ??
    []) as { id: string }[];
const eventCount = async (bridge: CallBridge) =>
  (await bridge.runtime.eventLog.readAfter('t1', '0', 1000)).events.length;

describe('a final call-log row modified after it was read', () => {
  it('is read again by the next poll when its lastModifiedTime moved (in the look-back window)', async () => {
    mock.state.callLog = [before()];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    expect(await others(bridge)).toEqual([]);
    clock.advance(300_000);
    const unchanged = await provider.poll('t1');
    expect(unchanged).toMatchObject({ skipped: 1, events: 0 });
    mock.state.callLog = [after()];
    clock.advance(300_000);
    const changed = await provider.poll('t1');
    expect(changed).toMatchObject({ skipped: 0, events: 2 });
    expect((await others(bridge)).map((o) => o.id)).toEqual([R2]);
    expect(await mainRecordingOf(bridge.runtime.checkpoints, 't1', R2)).toBe(R1);
    clock.advance(300_000);
    expect(await provider.poll('t1')).toMatchObject({ skipped: 1, events: 0 });
    await bridge.close();
  });

  it('keeps the record it made: a recording added later never re-keys the call', async () => {
    // first read with Dana's leg recording only (the record is keyed on it); later the record gets
    // its own recording R2 and Sam's leg a longer one: still one record, keyed on R1
    mock.state.callLog = [
      {
        ...callLogRecord({ id: 'cl-rekey', recordingId: null, legs: [danaLeg(R1), samLeg()] }),
        lastModifiedTime: '2025-03-04T15:33:40.123Z',
      },
    ];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    mock.state.callLog = [
      {
        ...callLogRecord({ id: 'cl-rekey', recordingId: R2, legs: [danaLeg(R1), samLeg(R2)] }),
        lastModifiedTime: '2025-03-04T15:52:10.000Z',
      },
    ];
    clock.advance(300_000);
    await provider.poll('t1');
    clock.advance(3 * 3_600_000);
    await provider.reconcile('t1');
    const records = (await bridge.runtime.interactions.list('t1', {}, { limit: 10 })).items;
    expect(records.map((r) => r.sourceRecordId)).toEqual([R1]);
    expect((await others(bridge)).map((o) => o.id)).toEqual([R2]);
    expect(await mainRecordingOf(bridge.runtime.checkpoints, 't1', R2)).toBe(R1);
    await bridge.close();
  });

  it('keeps the record of a row read before the key was remembered (polled by an older release)', async () => {
    // legs recorded by Dana (40 s) and Sam (150 s): keyed on Sam's R2, R1 listed as the other one
    const legs = [danaLeg(R1), samLeg(R2)];
    mock.state.callLog = [
      {
        ...callLogRecord({ id: 'cl-old', recordingId: null, legs }),
        lastModifiedTime: '2025-03-04T15:33:40.123Z',
      },
    ];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    // an older release kept the alias of R1, not the recording the row's record is keyed on
    await bridge.runtime.checkpoints.delete('ringcentral/calllog-main/t1/cl-old');
    mock.state.callLog = [
      {
        ...callLogRecord({ id: 'cl-old', recordingId: R3, legs }),
        lastModifiedTime: '2025-03-04T15:52:10.000Z',
      },
    ];
    clock.advance(300_000);
    await provider.poll('t1');
    const records = (await bridge.runtime.interactions.list('t1', {}, { limit: 10 })).items;
    expect(records.map((r) => r.sourceRecordId)).toEqual([R2]);
    // the record's own R3 (no leg shows it) is listed with R1: the later row's list wins
    const record = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', R2);
    const listed = (record?.metadata.otherRecordings ?? []) as { id: string }[];
    expect(listed.map((o) => o.id)).toEqual([R1, R3]);
    expect(await mainRecordingOf(bridge.runtime.checkpoints, 't1', R1)).toBe(R2);
    await bridge.close();
  });

  it("lists a recording added to another leg in the record's otherRecordings (the newer row wins)", async () => {
    // first read: the record's own R1 and Dana's leg recording R2 (listed); read again after Sam's
    // leg got R3. Both rows start at the same time: the later lastModifiedTime dates the new list.
    const row = (legs: Record<string, unknown>[], lastModifiedTime: string) => ({
      ...callLogRecord({ id: 'cl-added', recordingId: R1, legs }),
      lastModifiedTime,
    });
    mock.state.callLog = [row([danaLeg(R2), samLeg()], '2025-03-04T15:33:40.123Z')];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    expect((await others(bridge)).map((o) => o.id)).toEqual([R2]);
    mock.state.callLog = [row([danaLeg(R2), samLeg(R3)], '2025-03-04T15:52:10.000Z')];
    clock.advance(300_000);
    expect(await provider.poll('t1')).toMatchObject({ skipped: 0, events: 2 });
    expect((await others(bridge)).map((o) => o.id)).toEqual([R2, R3]);
    const record = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', R1);
    // the call's own times and outcome are the row's, not the time it changed
    expect(record?.occurredAt).toBe('2025-03-04T15:29:58.000Z');
    expect(record?.metadata).toMatchObject({
      startedAt: '2025-03-04T15:29:58.000Z',
      answeredAt: '2025-03-04T15:29:58.000Z',
      answeredAtEstimated: true,
      endedAt: '2025-03-04T15:33:08.000Z',
      durationSeconds: 190,
      callType: 'answered',
      callState: 'ended',
      recordingId: R1,
    });
    await bridge.close();
  });

  it('is applied by the daily reconciliation past the window; an unchanged row adds nothing', async () => {
    mock.state.callLog = [before()];
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1');
    const stored = await eventCount(bridge);
    clock.advance(3 * 3_600_000);
    await provider.reconcile('t1');
    expect(await eventCount(bridge)).toBe(stored);
    mock.state.callLog = [after()];
    await provider.reconcile('t1');
    expect((await others(bridge)).map((o) => o.id)).toEqual([R2]);
    await bridge.close();
  });
});
