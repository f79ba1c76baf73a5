import { type CheckpointSetOptions, type IngestResult, MemoryCheckpointStore } from '@callbridge/core';
import { CallLogPoller } from '@callbridge/ringcentral';
import {
  callLogRecord,
  createRingCentralMock,
  FakeClock,
  FIXTURE_RECORDING_ID,
  insightsBody,
  insightsNotification,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBridge, postWebhook } from './helpers.js';
import { DANA_START, danaLeg, R2, SAM_START, samLeg } from './transfer-legs.js';

// The per-call CheckpointStore entries expire, so a busy account's store does not grow for ever;
// the per-tenant ones (poll cursor, subscription state) are kept until deleted.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2025-03-04T16:00:00.000Z');

const mock = createRingCentralMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A MemoryCheckpointStore on the test clock that records the ttlMs of each set, by key prefix. */
class RecordingCheckpoints extends MemoryCheckpointStore {
  readonly ttls = new Map<string, number | undefined>();

  override async set<T>(key: string, value: T, options?: CheckpointSetOptions): Promise<void> {
    this.ttls.set(key.split('/').slice(0, 2).join('/'), options?.ttlMs);
    await super.set(key, value, options);
  }
}

describe('CheckpointStore entries of the RingCentral provider', () => {
  it('expire for the call-log rows (3 days) and other recordings (30 days); the poll cursor stays', async () => {
    const clock = new FakeClock(T0);
    const checkpoints = new RecordingCheckpoints({ now: () => clock.now() });
    const row = callLogRecord({ recordingId: null, legs: [danaLeg(FIXTURE_RECORDING_ID), samLeg(R2)] });
    mock.state.callLog = [row];
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    await provider.poll('t1');
    expect(Object.fromEntries(checkpoints.ttls)).toEqual({
      'ringcentral/calllog': undefined,
      'ringcentral/calllog-main': 3 * DAY,
      'ringcentral/recording-alias': 30 * DAY,
    });
    const mainKey = `ringcentral/calllog-main/t1/${row.id}`;
    // Sam's leg is the longer: its recording keys the record, Dana's is the other one.
    const aliasKey = `ringcentral/recording-alias/t1/${FIXTURE_RECORDING_ID}`;
    expect(await checkpoints.get(mainKey)).toBe(R2);
    clock.advance(3 * DAY);
    expect(await checkpoints.get(mainKey)).toBeNull();
    expect(await checkpoints.get(aliasKey)).not.toBeNull();
    clock.advance(27 * DAY);
    expect(await checkpoints.get(aliasKey)).toBeNull();
    expect(await checkpoints.get('ringcentral/calllog/t1')).not.toBeNull();
    await bridge.close();
  });

  it("keep a row's entry a day longer than a configured look-back that is longer than 2 days", async () => {
    const clock = new FakeClock(T0);
    const checkpoints = new RecordingCheckpoints({ now: () => clock.now() });
    mock.state.callLog = [
      callLogRecord({ recordingId: null, legs: [danaLeg(FIXTURE_RECORDING_ID), samLeg(R2)] }),
    ];
    const { bridge, provider } = makeBridge({
      clock,
      checkpoints,
      provider: { overlapMs: 60_000, maxCallDurationMs: 4 * DAY, initialLookbackMs: HOUR },
    });
    await bridge.start();
    await provider.poll('t1');
    expect(checkpoints.ttls.get('ringcentral/calllog-main')).toBe(60_000 + 5 * DAY);
    expect(checkpoints.ttls.get('ringcentral/recording-alias')).toBe(30 * DAY);
    await bridge.close();
  });

  it('expire for held insights once insightsWaitMs and a day passed', async () => {
    const clock = new FakeClock(T0);
    const checkpoints = new RecordingCheckpoints({ now: () => clock.now() });
    mock.state.callLog = [];
    const { bridge, provider } = makeBridge({ clock, checkpoints, provider: { insightsWaitMs: 2 * HOUR } });
    await bridge.start();
    await provider.poll('t1');
    const notification = insightsNotification({
      uuid: 'insights-r2',
      body: insightsBody({ sourceRecordId: R2, recordingStartTime: SAM_START }),
    });
    expect(await (await postWebhook(bridge, notification)).json()).toMatchObject({ status: 'ignored' });
    expect(checkpoints.ttls.get('ringcentral/held-insights')).toBe(2 * HOUR + DAY);
    expect(checkpoints.ttls.get('ringcentral/held-insights-of')).toBe(2 * HOUR + DAY);
    await bridge.close();
  });

  it("sets a row's entry again, with its TTL, each time the row is read again", async () => {
    const clock = new FakeClock(T0);
    const checkpoints = new RecordingCheckpoints({ now: () => clock.now() });
    const row = callLogRecord({ recordingId: null, legs: [danaLeg(FIXTURE_RECORDING_ID), samLeg(R2)] });
    mock.state.callLog = [row];
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    await provider.poll('t1');
    const mainKey = `ringcentral/calllog-main/t1/${row.id}`;
    clock.advance(12 * HOUR);
    checkpoints.ttls.clear();
    // The daily reconciliation reads the row again: its entry counts its 3 days from now.
    await provider.reconcile('t1');
    expect(checkpoints.ttls.get('ringcentral/calllog-main')).toBe(3 * DAY);
    clock.advance(3 * DAY - HOUR);
    expect(await checkpoints.get(mainKey)).toBe(R2);
    await bridge.close();
  });

  it('keeps the entries of a reconciliation with a longer look-back a day longer than it', async () => {
    const clock = new FakeClock(T0);
    const checkpoints = new RecordingCheckpoints({ now: () => clock.now() });
    const row = callLogRecord({ recordingId: null, legs: [danaLeg(FIXTURE_RECORDING_ID), samLeg(R2)] });
    mock.state.callLog = [row];
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    const poller = new CallLogPoller({
      client: await provider.clientFor('t1'),
      checkpoints,
      checkpointKey: 'test/calllog/t1',
      tenantId: 't1',
      ingest: async () => ({ status: 'stored' }) as unknown as IngestResult,
      clock,
    });
    await poller.reconcile(10 * 24);
    expect(checkpoints.ttls.get('ringcentral/calllog-main')).toBe(11 * DAY);
    expect(checkpoints.ttls.get('ringcentral/recording-alias')).toBe(30 * DAY);
    await poller.reconcile(40 * 24);
    expect(checkpoints.ttls.get('ringcentral/recording-alias')).toBe(41 * DAY);
    await bridge.close();
  });

  it("sets an other recording's alias again when its insights use it, so later updates still join", async () => {
    const clock = new FakeClock(T0);
    const checkpoints = new RecordingCheckpoints({ now: () => clock.now() });
    mock.state.callLog = [
      callLogRecord({ recordingId: null, legs: [danaLeg(FIXTURE_RECORDING_ID), samLeg(R2)] }),
    ];
    const { bridge, provider } = makeBridge({ clock, checkpoints });
    await bridge.start();
    await provider.poll('t1');
    const aliasKey = `ringcentral/recording-alias/t1/${FIXTURE_RECORDING_ID}`;
    clock.advance(20 * DAY);
    checkpoints.ttls.clear();
    const insights = (uuid: string) =>
      insightsNotification({
        uuid,
        body: insightsBody({ sourceRecordId: FIXTURE_RECORDING_ID, recordingStartTime: DANA_START }),
      });
    expect((await postWebhook(bridge, insights('dana-1'))).status).toBe(200);
    expect(checkpoints.ttls.get('ringcentral/recording-alias')).toBe(30 * DAY);
    clock.advance(20 * DAY);
    expect(await checkpoints.get(aliasKey)).toMatchObject({ recordingId: R2 });
    await bridge.close();
  });
});
