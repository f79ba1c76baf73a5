import type { CallBridge, Interaction } from '@callbridge/core';
import {
  callLogLeg,
  callLogRecord,
  createRingCentralMock,
  FIXTURE_RECORDING_ID,
  FIXTURE_VERIFICATION_TOKEN,
  insightsBody,
  insightsNotification,
} from '@callbridge/ringcentral/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeBridge, postWebhook } from './helpers.js';

const mock = createRingCentralMock({ callLog: [callLogRecord()] });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function record(bridge: CallBridge): Promise<Interaction> {
  const found = await bridge.runtime.interactions.getBySource('t1', 'RINGCENTRAL', FIXTURE_RECORDING_ID);
  if (!found) throw new Error('no record');
  return found;
}

/** The record without what legitimately differs between two runs (ids, write times, versions). */
function comparable(i: Interaction) {
  const { id, createdAt, updatedAt, version, ...rest } = i;
  return rest;
}

describe('insights and call log merge on the recording id', () => {
  it('insights-then-call-log and call-log-then-insights end in the same record', async () => {
    const a = makeBridge();
    await a.bridge.start();
    expect((await postWebhook(a.bridge, insightsNotification())).status).toBe(200);
    await a.provider.poll('t1');

    const b = makeBridge();
    await b.bridge.start();
    await b.provider.poll('t1');
    expect((await postWebhook(b.bridge, insightsNotification())).status).toBe(200);

    const first = await record(a.bridge);
    const second = await record(b.bridge);
    expect(comparable(second)).toEqual(comparable(first));
    expect(first.metadata).toMatchObject({
      sessionId: 's-a0f1c2d3e4z19a7b6c5d4z3e2f10000',
      direction: 'inbound',
      callerNumber: '+14155550142',
      calleeNumber: '+16505550100',
      durationSeconds: 190,
      callType: 'answered',
      recordingId: FIXTURE_RECORDING_ID,
      recordingStatus: 'available',
      aiSummary: 'Customer asked about renewal pricing; agent offered a two-year discount.',
      sentimentLabel: 'positive',
    });
    expect(first.insights?.transcript).toHaveLength(2);
    const list = await a.bridge.runtime.interactions.list('t1', {}, { limit: 10 });
    expect(list.items).toHaveLength(1);
    await a.bridge.close();
    await b.bridge.close();
  });

  it('a Detailed row (dated its lastModifiedTime) and insights end in the same record in any order', async () => {
    const row = { ...callLogRecord({ legs: [callLogLeg()] }), lastModifiedTime: '2025-03-04T15:52:10.000Z' };
    const records: Interaction[] = [];
    for (const insightsFirst of [true, false]) {
      const mocked = createRingCentralMock({ callLog: [row] });
      server.use(...mocked.handlers);
      const { bridge, provider } = makeBridge();
      await bridge.start();
      if (insightsFirst) await postWebhook(bridge, insightsNotification());
      await provider.poll('t1');
      if (!insightsFirst) await postWebhook(bridge, insightsNotification());
      records.push(await record(bridge));
      await bridge.close();
    }
    const [first, second] = records as [Interaction, Interaction];
    expect(comparable(second)).toEqual(comparable(first));
    expect(first.metadata).toMatchObject({
      direction: 'inbound',
      startedAt: '2025-03-04T15:29:58.000Z',
      lastEventAt: '2025-03-04T15:52:10.000Z',
      callResult: 'Accepted',
      aiSummary: 'Customer asked about renewal pricing; agent offered a two-year discount.',
    });
  });

  it('AI Notes then RingSense (and the reverse) merge: newer lastModifiedTime wins per field', async () => {
    const aiNotes = insightsNotification({
      uuid: 'ai-notes-1',
      body: insightsBody({
        lastModifiedTime: '2025-03-04T15:40:00.000Z',
        insights: { Summary: [{ value: 'Old summary', start: 0, end: 1 }], CallNotes: [{ value: 'Notes' }] },
      }),
    });
    const ringSense = insightsNotification({
      uuid: 'ringsense-1',
      body: insightsBody({
        lastModifiedTime: '2025-03-04T15:45:00.000Z',
        insights: {
          Summary: [{ value: 'New summary', start: 0, end: 1 }],
          Transcript: [{ speakerId: 'x', text: 'hello', start: 0, end: 1 }],
        },
      }),
    });
    const results: Interaction[] = [];
    for (const order of [
      [aiNotes, ringSense],
      [ringSense, aiNotes],
    ]) {
      const { bridge } = makeBridge();
      for (const n of order) expect((await postWebhook(bridge, n)).status).toBe(200);
      results.push(await record(bridge));
      await bridge.close();
    }
    for (const r of results) {
      expect(r.insights?.summary).toBe('New summary');
      expect(r.metadata.aiSummary).toBe('New summary');
      expect(r.insights?.transcript?.[0]?.text).toBe('hello');
      expect(r.insights?.extra?.callNotes).toBe('Notes');
      expect(r.metadata.insightsModifiedAt).toBe('2025-03-04T15:45:00.000Z');
    }
  });

  it('stores a redelivered notification (same uuid) once', async () => {
    const { bridge } = makeBridge();
    const n = insightsNotification({ uuid: 'dup-1' });
    await postWebhook(bridge, n);
    const again = await postWebhook(bridge, n);
    expect(await again.json()).toMatchObject({ status: 'duplicate' });
    const events = await bridge.runtime.eventLog.readAfter('t1', '0');
    expect(events.events.filter((e) => e.type === 'call_event_created')).toHaveLength(1);
    await bridge.close();
  });

  it('answers the validation handshake through the bridge', async () => {
    const { bridge } = makeBridge();
    const response = await bridge.handle(
      new Request('https://crm.example.com/api/v1/webhooks/ringcentral/k1', {
        method: 'POST',
        headers: { 'Validation-Token': 'vt-123' },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('validation-token')).toBe('vt-123');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe('');
    await bridge.close();
  });

  it('echoes a Validation-Token that comes with a notification, and still stores it', async () => {
    const { bridge } = makeBridge();
    const response = await postWebhook(bridge, insightsNotification({ uuid: 'with-vt' }), {
      'Verification-Token': FIXTURE_VERIFICATION_TOKEN,
      'Validation-Token': 'vt-456',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('validation-token')).toBe('vt-456');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ status: 'received', events: 1 });
    // Without the header, nothing is echoed.
    const plain = await postWebhook(bridge, insightsNotification({ uuid: 'without-vt' }));
    expect(plain.headers.get('validation-token')).toBeNull();
    await bridge.close();
  });

  it('answers 401 with the specific code to a forged token and a foreign account', async () => {
    const { bridge } = makeBridge();
    const forged = await postWebhook(bridge, insightsNotification(), { 'Verification-Token': 'nope' });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'verification_token_invalid' });
    const foreign = await postWebhook(bridge, insightsNotification({ accountId: '123' }));
    expect(foreign.status).toBe(401);
    expect(await foreign.json()).toMatchObject({ code: 'account_mismatch' });
    await bridge.close();
  });
});
