import type { RingCentralProvider } from '@callbridge/ringcentral';
import { mainRecordingOf } from '@callbridge/ringcentral';
import { FakeClock, insightsBody, insightsNotification } from '@callbridge/ringcentral/testing';
import { describe, expect, it } from 'vitest';
import { makeBridge, postWebhook } from './helpers.js';
import {
  allRecords as all,
  recordOf as get,
  mockRingCentral,
  pollBeforeTheCall as pollBefore,
  R1,
  samInsights,
  T0,
  transferredCall,
} from './insights-fixture.js';
import { R2 } from './transfer-legs.js';

// A transferred call recorded on both legs: Sam's recording (R2, the longer) keys the record and
// Dana's (R1) is listed in metadata.otherRecordings. RingSense sends insights for each recording,
// keyed on its own id. Once the call log was read, the insights of R1 belong to R2's record.
const mock = mockRingCentral(transferredCall);
const pollBeforeTheCall = (provider: RingCentralProvider) => pollBefore(mock, provider);

const danaInsights = (uuid = 'insights-r1', lastModifiedTime = '2025-03-04T15:41:55.861Z') =>
  insightsNotification({
    uuid,
    body: insightsBody({
      sourceRecordId: R1,
      lastModifiedTime,
      insights: {
        Transcript: [{ speakerId: 'p-1', text: 'Let me transfer you to Sam.', start: 1, end: 3 }],
        Summary: [{ value: 'Dana transferred the customer to Sam.', start: 0, end: 1 }],
      },
    }),
  });

describe("insights of a call's other recording", () => {
  it("join the call's record, under insights.extra, once the call log listed the recording", async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    await provider.poll('t1');
    expect((await postWebhook(bridge, samInsights())).status).toBe(200);
    expect((await postWebhook(bridge, danaInsights())).status).toBe(200);
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R2]);
    const record = await get(bridge, R2);
    // the record's own insights stay Sam's recording's
    expect(record?.metadata.aiSummary).toBe(
      'Customer asked about renewal pricing; agent offered a two-year discount.',
    );
    expect(record?.insights?.summary).toBe(
      'Customer asked about renewal pricing; agent offered a two-year discount.',
    );
    expect(record?.insights?.extra?.[`otherRecording:${R1}`]).toMatchObject({
      recordingId: R1,
      summary: 'Dana transferred the customer to Sam.',
      transcript: [{ text: 'Let me transfer you to Sam.', start: 1, end: 3 }],
      modifiedAt: '2025-03-04T15:41:55.861Z',
    });
    // nothing of Dana's recording replaced the call's facts
    expect(record?.metadata).toMatchObject({ recordingId: R2, durationSeconds: 190 });
    await bridge.close();
  });

  it('the newer of two insights events of that recording wins, in either order', async () => {
    const results = [];
    for (const order of [
      ['a', 'b'],
      ['b', 'a'],
    ]) {
      const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
      await bridge.start();
      await provider.poll('t1');
      const events: Record<string, Record<string, unknown>> = {
        a: danaInsights('u-a', '2025-03-04T15:41:00.000Z'),
        b: danaInsights('u-b', '2025-03-04T15:45:00.000Z'),
      };
      for (const step of order) await postWebhook(bridge, events[step]);
      const extra = (await get(bridge, R2))?.insights?.extra?.[`otherRecording:${R1}`];
      results.push(extra);
      expect(await all(bridge)).toHaveLength(1);
      await bridge.close();
    }
    expect(results[0]).toMatchObject({ modifiedAt: '2025-03-04T15:45:00.000Z' });
    expect(results[1]).toEqual(results[0]);
  });

  it('the map is kept per tenant: the same recording id is not mapped for another tenant', async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    await provider.poll('t1');
    const checkpoints = bridge.runtime.checkpoints;
    expect(await mainRecordingOf(checkpoints, 't1', R1)).toBe(R2);
    expect(await mainRecordingOf(checkpoints, 't2', R1)).toBeNull();
    expect(await mainRecordingOf(checkpoints, 't1', R2)).toBeNull();
    await bridge.close();
  });

  it('insights of a recording the call log has not listed yet wait for it instead of making a record', async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    await pollBeforeTheCall(provider);
    const response = await postWebhook(bridge, danaInsights());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ignored' });
    expect(await all(bridge)).toEqual([]);
    await provider.poll('t1');
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R2]);
    expect((await get(bridge, R2))?.insights?.extra).toHaveProperty(`otherRecording:${R1}`);
    await bridge.close();
  });
});
