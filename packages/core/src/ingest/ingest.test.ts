import { describe, expect, it } from 'vitest';
import { isCallbridgeError } from '../errors.js';
import { MemoryInteractionStore } from '../memory/index.js';
import type { InteractionStore } from '../ports/interactions.js';
import { callEvent, casesOf, contactsOf, TENANT, testBridge } from './harness.test-util.js';

/** An interaction store whose upsert fails while `down` is true. */
function flakyStore(): InteractionStore & { down: boolean; upserts: number } {
  const inner = new MemoryInteractionStore();
  const store = {
    down: true,
    upserts: 0,
    async upsert(input: Parameters<InteractionStore['upsert']>[0]) {
      store.upserts += 1;
      if (store.down) throw new Error('connection refused');
      return inner.upsert(input);
    },
    get: inner.get.bind(inner),
    getBySource: inner.getBySource.bind(inner),
    list: inner.list.bind(inner),
    stats: inner.stats.bind(inner),
  };
  return store;
}

describe('ingest', () => {
  it('stores a call, announces it once and answers duplicates of the delivery as duplicate', async () => {
    const { bridge, events } = await testBridge();
    const event = callEvent();
    const first = await bridge.ingest(event);
    expect(first).toMatchObject({ status: 'stored', created: true, changed: true });
    expect(first.interaction?.metadata).toMatchObject({
      callId: 'call-1',
      callType: 'ringing',
      callerNumber: '+32470123456',
      calleeNumber: '+32471234567',
    });
    expect(await bridge.ingest(event)).toEqual({ status: 'duplicate', created: false, changed: false });
    expect(events.map((e) => e.type)).toEqual(['call_event_created']);
    expect(events[0]?.data).toEqual(first.interaction);
  });

  it('invariant 1: a store failure propagates as 503, releases the claim, and the retry stores the event', async () => {
    const interactions = flakyStore();
    const { bridge, events } = await testBridge({ stores: { interactions } });
    const event = callEvent({ kind: 'answered' });
    const failure = await bridge.ingest(event).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isCallbridgeError(failure) && failure.code).toBe('store_unavailable');
    expect(isCallbridgeError(failure) && failure.status).toBe(503);
    expect(events).toEqual([]);

    interactions.down = false;
    const retry = await bridge.ingest(event);
    expect(retry).toMatchObject({ status: 'stored', created: true });
    expect(interactions.upserts).toBe(2);
    const stored = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    expect(stored?.metadata.callType).toBe('answered');
    expect(events.map((e) => e.type)).toEqual(['call_event_created']);
  });

  it('releases the claim when the event log fails after the store wrote, and still announces once', async () => {
    const { bridge } = await testBridge();
    const log = bridge.runtime.eventLog;
    const append = log.append.bind(log);
    let fail = true;
    log.append = async (...args) => {
      if (fail) throw new Error('log down');
      return append(...args);
    };
    const event = callEvent();
    await expect(bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable' });
    fail = false;
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'stored', changed: false });
    // The retry changed nothing in the store, yet the owed announcement reaches the log once.
    const { events } = await log.readAfter(TENANT, '0');
    expect(events.map((e) => e.type)).toEqual(['call_event_created']);
    await bridge.ingest(callEvent({ kind: 'answered' }));
    expect((await log.readAfter(TENANT, '0')).events.map((e) => e.type)).toEqual([
      'call_event_created',
      'call_event_updated',
    ]);
  });

  it('invariant 2: 50 concurrent ingests of one delivery store one record and announce one creation', async () => {
    const { bridge, events } = await testBridge();
    const event = callEvent({ kind: 'ended', durationSeconds: 12 });
    const settled = await Promise.allSettled(Array.from({ length: 50 }, () => bridge.ingest(event)));
    const stored = settled.filter((s) => s.status === 'fulfilled' && s.value.status === 'stored');
    expect(stored).toHaveLength(1);
    for (const s of settled) {
      if (s.status === 'rejected')
        expect(s.reason).toMatchObject({ code: 'delivery_in_progress', status: 409 });
      else if (s !== stored[0]) expect(s.value.status).toBe('duplicate');
    }
    const page = await bridge.runtime.interactions.list(TENANT, {}, { limit: 100 });
    expect(page.items).toHaveLength(1);
    expect(events.filter((e) => e.type === 'call_event_created')).toHaveLength(1);
    expect(events).toHaveLength(1);
    // Once committed, every further delivery is a duplicate, never an error.
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'duplicate' });
  });

  it('invariant 2: the same event redelivered under 20 delivery ids at once is created and announced once', async () => {
    const { bridge, events } = await testBridge();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        bridge.ingest(callEvent({ kind: 'answered', deliveryId: `redelivery-${i}` })),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['call_event_created']);
  });

  it('rejects an invalid event as malformed_body without claiming it', async () => {
    const { bridge } = await testBridge();
    const bad = { ...callEvent(), kind: 'exploded', sourceRecordId: '' };
    const error = await bridge.ingest(bad as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'malformed_body', status: 400 });
    expect((error as Error).message).toContain('kind');
    expect((error as Error).message).toContain('sourceRecordId');
  });

  it('invariant 6: withheld and garbage numbers are stored as null E.164 with the raw kept', async () => {
    const { bridge } = await testBridge();
    const cases: Array<[string | null, string | null]> = [
      ['anonymous', null],
      ['withheld', null],
      ['', null],
      ['☎️ 12', null],
      ['9'.repeat(60), null],
      [null, null],
    ];
    for (const [index, [raw]] of cases.entries()) {
      const result = await bridge.ingest(
        callEvent({
          sourceRecordId: `garbage-${index}`,
          from: { raw, e164: null },
          to: { raw: 'x', e164: null },
        }),
      );
      expect(result.status).toBe('stored');
      const m = result.interaction!.metadata;
      expect(m.callerNumber ?? null).toBeNull();
      expect(m.calleeNumber ?? null).toBeNull();
      expect(m.callerNumberRaw ?? null).toBe(raw);
      expect(m.calleeNumberRaw).toBe('x');
    }
  });

  it('normalizes national numbers with the default region and keeps the raw value', async () => {
    const { bridge } = await testBridge({ defaultRegion: 'BE' });
    const result = await bridge.ingest(callEvent({ from: { raw: '0470 12 34 56', e164: null } }));
    expect(result.interaction?.metadata).toMatchObject({
      callerNumber: '+32470123456',
      callerNumberRaw: '0470 12 34 56',
    });
  });

  it('logs the stored event with redacted numbers only', async () => {
    const lines: string[] = [];
    const log = (message: string, fields?: Record<string, unknown>) =>
      lines.push(`${message} ${JSON.stringify(fields)}`);
    const logger = { debug: log, info: log, warn: log, error: log };
    const { bridge } = await testBridge({ logger });
    await bridge.ingest(callEvent({ from: { raw: '+32 470 12 34 56', e164: null } }));
    expect(lines.join('\n')).toContain('+32*******56');
    for (const line of lines) {
      expect(line.replace(/\D/g, '')).not.toContain('470123456');
      expect(line.replace(/\D/g, '')).not.toContain('471234567');
    }
  });

  it('invariant 7: a 20-digit provider id survives ingest → store → list byte for byte', async () => {
    const { bridge } = await testBridge();
    const id = '12345678901234567890';
    const result = await bridge.ingest(callEvent({ sourceRecordId: id }));
    expect(result.interaction?.sourceRecordId).toBe(id);
    expect(result.interaction?.metadata.callId).toBe(id);
    const page = await bridge.runtime.interactions.list(TENANT, {}, { limit: 10 });
    expect(page.items.map((i) => i.sourceRecordId)).toEqual([id]);
    expect(page.items[0]?.metadata.callId).toBe(id);
    expect(JSON.stringify(page.items[0])).toContain(`"${id}"`);
  });

  it('links the contact of the external party and its most recent active case', async () => {
    const contacts = contactsOf([
      { id: 'c-caller', tenantId: TENANT, displayName: 'Caller', phones: [{ number: '+32470123456' }] },
      { id: 'c-callee', tenantId: TENANT, displayName: 'Callee', phones: [{ number: '+32471234567' }] },
    ]);
    const cases = casesOf([
      {
        id: 'old',
        tenantId: TENANT,
        contactId: 'c-callee',
        title: 'a',
        status: 'open',
        updatedAt: '2026-01-01',
      },
      {
        id: 'new',
        tenantId: TENANT,
        contactId: 'c-callee',
        title: 'b',
        status: 'open',
        updatedAt: '2026-02-01',
      },
      {
        id: 'done',
        tenantId: TENANT,
        contactId: 'c-callee',
        title: 'c',
        status: 'closed',
        updatedAt: '2026-03-01',
      },
    ]);
    const { bridge } = await testBridge({ contacts, cases });
    const inbound = await bridge.ingest(callEvent({ sourceRecordId: 'in', direction: 'inbound' }));
    expect(inbound.interaction).toMatchObject({ contactId: 'c-caller', caseId: null });
    const outbound = await bridge.ingest(callEvent({ sourceRecordId: 'out', direction: 'outbound' }));
    expect(outbound.interaction).toMatchObject({ contactId: 'c-callee', caseId: 'new' });
    expect(contacts.lookups).toEqual(['+32470123456', '+32471234567']);
    const internal = await bridge.ingest(callEvent({ sourceRecordId: 'int', direction: 'internal' }));
    expect(internal.interaction).toMatchObject({ contactId: null, caseId: null });
  });

  it('answers 503 and releases the claim when the contact directory is down', async () => {
    let down = true;
    const contacts = {
      async findByPhone() {
        if (down) throw new Error('CRM timeout');
        return null;
      },
      async search() {
        return [];
      },
    };
    const { bridge } = await testBridge({ contacts });
    const event = callEvent();
    await expect(bridge.ingest(event)).rejects.toMatchObject({ code: 'store_unavailable', status: 503 });
    down = false;
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'stored' });
  });

  it('announces insights as call_ai_completed and a text message as an SMS record', async () => {
    const { bridge, events } = await testBridge();
    await bridge.ingest(callEvent({ kind: 'ended' }));
    const insights = await bridge.ingest(
      callEvent({ kind: 'insights', insights: { summary: 'Asked for a quote.', transcriptText: 'Hello' } }),
    );
    expect(insights.interaction?.metadata).toMatchObject({
      aiSummary: 'Asked for a quote.',
      summaryStatus: 'completed',
      transcript: 'Hello',
      transcriptStatus: 'completed',
    });
    const sms = await bridge.ingest(callEvent({ sourceRecordId: 'sms-1', kind: 'sms', text: 'On my way' }));
    expect(sms.interaction).toMatchObject({ eventType: 'SMS', metadata: { text: 'On my way' } });
    expect(events.map((e) => e.type)).toEqual([
      'call_event_created',
      'call_ai_completed',
      'call_event_created',
    ]);
  });
});
