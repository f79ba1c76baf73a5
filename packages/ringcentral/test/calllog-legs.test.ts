import { type CallBridge, type Interaction, MemoryBlobStore } from '@callbridge/core';
import { CallLogRecordSchema, normalizeCallLogRecord } from '@callbridge/ringcentral';
import {
  callLogRecord,
  createRingCentralMock,
  FakeClock,
  FIXTURE_RECORDING_ID,
  insightsBody,
  insightsNotification,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBridge, postWebhook } from './helpers.js';
import { danaLeg, R2, samLeg } from './transfer-legs.js';

// A transferred call read from the company call log in the Detailed view (ringcentral.md rows 28
// and 30, §2.5: "Legs (Detailed view) can also carry `recording`"). Dana Lee (ext. 101) answers
// the customer and transfers to Sam Ortiz (ext. 102).
const R1 = FIXTURE_RECORDING_ID;
const T0 = Date.parse('2025-03-04T16:00:00.000Z');
const DANA_AUDIO = new Uint8Array(4096).fill(1);
const SAM_AUDIO = new Uint8Array(8192).map((_, i) => i % 241);

/** Recorded on Sam's leg only: the record itself has no `recording`. */
const transferredOnLegOnly = () => callLogRecord({ recordingId: null, legs: [danaLeg(), samLeg(R2)] });
/** Both legs recorded, each with its own recording; the record has none of its own. */
const transferredBothRecorded = () => callLogRecord({ recordingId: null, legs: [danaLeg(R1), samLeg(R2)] });

const mock = createRingCentralMock({
  recordings: {
    [R1]: { body: DANA_AUDIO, contentType: 'audio/mpeg' },
    [R2]: { body: SAM_AUDIO, contentType: 'audio/mpeg' },
  },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.state.callLog = [];
  mock.state.callLogRequests.length = 0;
  mock.state.recordingRequests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const get = (bridge: CallBridge, id: string) =>
  bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', id);

async function all(bridge: CallBridge): Promise<Interaction[]> {
  return (await bridge.runtime.interactions.list('t1', {}, { limit: 100 })).items;
}

/** The record without what legitimately differs between two runs (ids, write times, versions). */
function comparable(i: Interaction | null) {
  if (!i) return null;
  const { id, createdAt, updatedAt, version, ...rest } = i;
  return rest;
}

describe('recordings on the legs of a call (Detailed view)', () => {
  it('reads the call log in the Detailed view and downloads a recording that only a leg has', async () => {
    mock.state.callLog = [transferredOnLegOnly()];
    const blobs = new MemoryBlobStore();
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0), blobs, background: true });
    await bridge.start();
    await provider.poll('t1');
    expect(mock.state.callLogRequests[0]?.searchParams.get('view')).toBe('Detailed');
    await vi.waitFor(async () => expect((await get(bridge, R2))?.metadata.recordingStatus).toBe('stored'), {
      timeout: 4000,
    });
    const record = await get(bridge, R2);
    expect(record?.metadata).toMatchObject({
      callType: 'answered',
      durationSeconds: 190,
      recordingId: R2,
      recordingUrl: `https://media.ringcentral.com/restapi/v1.0/account/809640001/recording/${R2}/content`,
      recordingRequiresAuth: true,
      recordingBlobKey: `t1/RINGCENTRAL/${R2}`,
    });
    expect(record?.metadata).not.toHaveProperty('otherRecordings');
    const blob = await blobs.get(`t1/RINGCENTRAL/${R2}`);
    const bytes = new Uint8Array(await new Response(blob?.body).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(SAM_AUDIO))).toBe(true);
    expect(mock.state.recordingRequests).toEqual([R2]);
    expect(await all(bridge)).toHaveLength(1);
    await bridge.close();
  });

  it('with several recorded legs: one record, the longest leg downloaded, the others listed', async () => {
    mock.state.callLog = [transferredBothRecorded()];
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0), background: true });
    await bridge.start();
    await provider.poll('t1');
    await vi.waitFor(async () => expect((await get(bridge, R2))?.metadata.recordingStatus).toBe('stored'), {
      timeout: 4000,
    });
    const records = await all(bridge);
    expect(records.map((r) => r.sourceRecordId)).toEqual([R2]);
    // the calls API serves the other recording with the record
    const res = await bridge.handle(new Request(`https://crm.example.com/api/v1/calls/${records[0]?.id}`));
    expect(res.status).toBe(200);
    const served = (await res.json()) as { metadata: Record<string, unknown> };
    expect(served.metadata.recordingId).toBe(R2);
    expect(served.metadata.otherRecordings).toEqual([
      {
        id: R1,
        url: `https://media.ringcentral.com/restapi/v1.0/account/809640001/recording/${R1}/content`,
        requiresAuth: true,
        recordingType: 'Automatic',
        legType: 'Accept',
        startedAt: '2025-03-04T15:29:58.000Z',
        durationSeconds: 40,
      },
    ]);
    // reading the row again (daily reconciliation) changes nothing and downloads nothing more
    const before = await get(bridge, R2);
    await provider.reconcile('t1');
    await new Promise((r) => setTimeout(r, 100));
    expect((await get(bridge, R2))?.version).toBe(before?.version);
    expect(mock.state.recordingRequests).toEqual([R2]);
    await bridge.close();
  });

  it("a leg that repeats the record's own recording downloads it once", async () => {
    mock.state.callLog = [callLogRecord({ recordingId: R1, legs: [danaLeg(R1), samLeg()] })];
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0), background: true });
    await bridge.start();
    await provider.poll('t1');
    await vi.waitFor(async () => expect((await get(bridge, R1))?.metadata.recordingStatus).toBe('stored'), {
      timeout: 4000,
    });
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R1]);
    expect((await get(bridge, R1))?.metadata).not.toHaveProperty('otherRecordings');
    expect(mock.state.recordingRequests).toEqual([R1]);
    await bridge.close();
  });

  it("any order of the row's events and the leg recording's insights gives the same record", async () => {
    const row = CallLogRecordSchema.parse(transferredBothRecorded());
    const [outcome, recording] = normalizeCallLogRecord(row, 't1');
    if (!outcome || !recording) throw new Error('expected two events');
    // RingSense keys a pbx call's insights on the recording id (ringcentral.md row 22)
    const insights = insightsNotification({
      uuid: 'insights-r2',
      body: insightsBody({ sourceRecordId: R2, recordingStartTime: '2025-03-04T15:30:38.000Z' }),
    });
    const steps: Record<string, (bridge: CallBridge) => Promise<unknown>> = {
      outcome: (b) => b.ingest(outcome),
      recording: (b) => b.ingest(recording),
      insights: async (b) => expect((await postWebhook(b, insights)).status).toBe(200),
    };
    const orders = [
      ['outcome', 'recording', 'insights'],
      ['outcome', 'insights', 'recording'],
      ['recording', 'outcome', 'insights'],
      ['recording', 'insights', 'outcome'],
      ['insights', 'outcome', 'recording'],
      ['insights', 'recording', 'outcome'],
    ];
    const results = [];
    for (const order of orders) {
      const { bridge } = makeBridge({ clock: new FakeClock(T0), provider: { insightsRetryDelayMs: 5 } });
      await bridge.start();
      for (const step of order) await steps[step]?.(bridge);
      // insights that came before the row wait for it (held), and join its record on their retry
      await vi.waitFor(async () => expect((await get(bridge, R2))?.insights?.summary).toBeTruthy());
      expect(await all(bridge)).toHaveLength(1);
      results.push(comparable(await get(bridge, R2)));
      await bridge.close();
    }
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
    expect(results[0]?.metadata).toMatchObject({
      recordingId: R2,
      callType: 'answered',
      durationSeconds: 190,
      aiSummary: 'Customer asked about renewal pricing; agent offered a two-year discount.',
      otherRecordings: [expect.objectContaining({ id: R1 })],
    });
  });
});
