import { FakeClock, insightsBody, insightsNotification } from '@callbridge/ringcentral/testing';
import { describe, expect, it } from 'vitest';
import { makeBridge, postWebhook } from './helpers.js';
import { allRecords as all, mockRingCentral, R1, T0, transferredCall } from './insights-fixture.js';
import { R2 } from './transfer-legs.js';

// Edges of holding RingSense insights for their call (see held-insights.test.ts): a redelivery of
// held insights, and a tenant whose call log no poll reads.
const mock = mockRingCentral(() => []);
const danaInsights = () =>
  insightsNotification({
    uuid: 'insights-r1',
    body: insightsBody({
      sourceRecordId: R1,
      insights: { Summary: [{ value: 'Dana transferred the customer to Sam.', start: 0, end: 1 }] },
    }),
  });

describe('held insights', () => {
  it('delivered twice while held are held once, and joined once', async () => {
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock });
    await bridge.start();
    await provider.poll('t1'); // the call log is polled; the call is not listed yet
    for (let i = 0; i < 2; i += 1) {
      const response = await postWebhook(bridge, danaInsights());
      expect(await response.json()).toMatchObject({ status: 'ignored' });
      clock.advance(10_000);
    }
    mock.state.callLog = transferredCall();
    await provider.poll('t1');
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R2]);
    expect(provider.heldInsightsStats()).toEqual({ held: 1, applied: 1, storedAlone: 0 });
    await bridge.close();
  });

  it('are held for one recording up to 10 deliveries; more are stored at once', async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    await provider.poll('t1');
    const statuses: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const n = insightsNotification({
        uuid: `insights-r1-${i}`,
        body: insightsBody({ sourceRecordId: R1 }),
      });
      statuses.push(((await (await postWebhook(bridge, n)).json()) as { status: string }).status);
    }
    expect(statuses).toEqual([...Array(10).fill('ignored'), 'received', 'received']);
    expect(provider.heldInsightsStats().held).toBe(10);
    await bridge.close();
  });

  it('are not held for a tenant whose call log no poll has read: stored at once', async () => {
    const { bridge, provider } = makeBridge({ clock: new FakeClock(T0) });
    await bridge.start();
    expect(await (await postWebhook(bridge, danaInsights())).json()).toMatchObject({ status: 'received' });
    expect((await all(bridge)).map((r) => r.sourceRecordId)).toEqual([R1]);
    expect(provider.heldInsightsStats()).toEqual({ held: 0, applied: 0, storedAlone: 0 });
    await bridge.close();
  });

  it('are held while the last poll ended less than two poll intervals ago, when that is longer', async () => {
    const clock = new FakeClock(T0);
    const { bridge, provider } = makeBridge({ clock, provider: { insightsWaitMs: 60_000 } });
    await bridge.start();
    await provider.poll('t1');
    clock.advance(200_000); // the next poll is due in 100 s (pollIntervalMs: 300 000)
    expect(await (await postWebhook(bridge, danaInsights())).json()).toMatchObject({ status: 'ignored' });
    await bridge.close();
  });

  it('are not held when the last poll ended insightsWaitMs and two poll intervals ago or more', async () => {
    const clock = new FakeClock(T0);
    const { bridge } = makeBridge({ clock, provider: { insightsWaitMs: 300_000, pollIntervalMs: 240_000 } });
    await bridge.start();
    // a poll ended 10 min ago, none since (polling stopped, or keeps failing)
    await bridge.runtime.checkpoints.set('ringcentral/calllog/t1', {
      dateTo: new Date(T0 - 600_000).toISOString(),
      seen: [],
    });
    expect(await (await postWebhook(bridge, danaInsights())).json()).toMatchObject({ status: 'received' });
    await bridge.close();
  });
});
