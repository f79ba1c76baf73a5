import type { Logger } from '@callbridge/core';
import type { RingCentralProvider } from '@callbridge/ringcentral';
import { FakeClock, insightsBody, insightsNotification } from '@callbridge/ringcentral/testing';
import { describe, expect, it, vi } from 'vitest';
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

// RingSense insights that arrive before the call-log poller read their call wait for it (held in
// the CheckpointStore, retried through the JobQueue) instead of making a record of their own:
// one record per call, with every recording's insights, whatever the order.
const mock = mockRingCentral(transferredCall);
const pollBeforeTheCall = (provider: RingCentralProvider) => pollBefore(mock, provider);

const danaInsights = () =>
  insightsNotification({
    uuid: 'insights-r1',
    body: insightsBody({
      sourceRecordId: R1,
      insights: { Summary: [{ value: 'Dana transferred the customer to Sam.', start: 0, end: 1 }] },
    }),
  });
const SAM_SUMMARY = 'Customer asked about renewal pricing; agent offered a two-year discount.';

function capture(): Logger & { warnings: { message: string; context?: Record<string, unknown> }[] } {
  const warnings: { message: string; context?: Record<string, unknown> }[] = [];
  return {
    warnings,
    debug: () => {},
    info: () => {},
    warn: (message: string, context?: Record<string, unknown>) => warnings.push({ message, context }),
    error: () => {},
  };
}

describe('insights before the call-log poll', () => {
  it("of both recordings of a transferred call make one record, the call's, once the poll reads it", async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    await pollBeforeTheCall(provider);
    for (const n of [danaInsights(), samInsights()]) {
      const response = await postWebhook(bridge, n);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ignored', events: 0 });
    }
    expect(await all(bridge)).toEqual([]);
    await provider.poll('t1');
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R2]);
    const record = await get(bridge, R2);
    expect(record?.insights?.summary).toBe(SAM_SUMMARY);
    expect(record?.insights?.extra?.[`otherRecording:${R1}`]).toMatchObject({
      recordingId: R1,
      summary: 'Dana transferred the customer to Sam.',
    });
    expect(record?.metadata).toMatchObject({ recordingId: R2, durationSeconds: 190 });
    expect(provider.heldInsightsStats()).toEqual({ held: 2, applied: 2, storedAlone: 0 });
    await bridge.close();
  });

  it('are joined by their retry job when the poll read the call without them (another instance)', async () => {
    const { bridge, provider } = makeBridge({
      clock: new FakeClock(T0),
      provider: { insightsRetryDelayMs: 5 },
    });
    await bridge.start();
    await pollBeforeTheCall(provider);
    await postWebhook(bridge, danaInsights());
    // the poller's lookup of held insights missed them (another instance polls, or a lost write)
    await bridge.runtime.checkpoints.delete(`ringcentral/held-insights-of/t1/${R1}`);
    await provider.poll('t1');
    await vi.waitFor(async () => {
      expect((await get(bridge, R2))?.insights?.extra?.[`otherRecording:${R1}`]).toBeDefined();
    });
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R2]);
    await bridge.close();
  });

  it('are stored on their own, logged and counted, when no poll lists the call within insightsWaitMs', async () => {
    const clock = new FakeClock(T0);
    const logger = capture();
    const { bridge, provider } = makeBridge({
      clock,
      logger,
      provider: { insightsWaitMs: 60_000, insightsRetryDelayMs: 5, logger },
    });
    await bridge.start();
    await pollBeforeTheCall(provider);
    await postWebhook(bridge, danaInsights());
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await all(bridge)).toEqual([]);
    clock.advance(60_000);
    await vi.waitFor(async () => expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R1]));
    expect(provider.heldInsightsStats()).toEqual({ held: 1, applied: 0, storedAlone: 1 });
    const warning = logger.warnings.find((w) => w.message.includes('stored on their own'));
    expect(warning?.context).toMatchObject({ tenantId: 't1', recordingId: R1 });
    await bridge.close();
  });

  it('are stored at once when the call log is not polled (pollCallLog: false, insightsWaitMs: 0)', async () => {
    for (const provider of [{ pollCallLog: false }, { insightsWaitMs: 0 }]) {
      const { bridge } = makeBridge({ clock: new FakeClock(T0), provider });
      await bridge.start();
      expect(await (await postWebhook(bridge, danaInsights())).json()).toMatchObject({ status: 'received' });
      expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R1]);
      await bridge.close();
    }
  });

  it('of a call the poll already read are stored at once', async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    await provider.poll('t1');
    expect(await (await postWebhook(bridge, samInsights())).json()).toMatchObject({ status: 'received' });
    expect((await get(bridge, R2))?.insights?.summary).toBe(SAM_SUMMARY);
    await bridge.close();
  });
});
