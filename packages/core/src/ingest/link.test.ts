import { describe, expect, it } from 'vitest';
import { MemoryCaseResolver, MemoryContactDirectory, MemoryInteractionStore } from '../memory/index.js';
import type { CallEventInput } from '../model/call-event.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// The contact and case link of a call must not depend on the order its events arrive in, even
// when some of them do not know the direction (and so not which party is external).

const CUSTOMER = '+32470123456';
const AGENT_LINE = '+32471234567';

const contacts = () =>
  new MemoryContactDirectory([
    { id: 'c-customer', tenantId: TENANT, displayName: 'Customer', phones: [{ number: CUSTOMER }] },
    { id: 'c-agent-line', tenantId: TENANT, displayName: 'Front desk', phones: [{ number: AGENT_LINE }] },
  ]);

const kase = (id: string, contactId: string, status: string, updatedAt: string) => ({
  id,
  tenantId: TENANT,
  contactId,
  title: id,
  status,
  updatedAt,
});

const cases = () =>
  new MemoryCaseResolver([
    kase('customer-old', 'c-customer', 'open', '2026-01-01'),
    kase('customer-new', 'c-customer', 'open', '2026-02-01'),
    kase('customer-done', 'c-customer', 'closed', '2026-03-01'),
    kase('agent-line-case', 'c-agent-line', 'open', '2026-02-15'),
  ]);

const party = (raw: string | null) => ({ raw, e164: null });

/** Ingests `events` in order on a fresh bridge; the stored contact and case of call-1. */
async function linkAfter(events: CallEventInput[], caseResolver = cases()) {
  const interactions = new MemoryInteractionStore();
  const { bridge } = await testBridge({
    background: false,
    contacts: contacts(),
    cases: caseResolver,
    stores: { interactions },
  });
  try {
    for (const event of events) await bridge.ingest(event);
    const record = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    return { contactId: record?.contactId ?? null, caseId: record?.caseId ?? null };
  } finally {
    await bridge.close();
  }
}

/** Both arrival orders of two events (fresh delivery ids each time). */
function bothOrders(first: () => CallEventInput, second: () => CallEventInput): CallEventInput[][] {
  return [
    [first(), second()],
    [second(), first()],
  ];
}

const CUSTOMER_LINK = { contactId: 'c-customer', caseId: 'customer-new' };

describe('the contact and case link does not depend on arrival order', () => {
  it('outbound call: the callee is linked whether the event without a direction comes first or last', async () => {
    const ringing = () =>
      callEvent({ kind: 'ringing', direction: 'outbound', from: party(AGENT_LINE), to: party(CUSTOMER) });
    const ended = () =>
      callEvent({
        kind: 'ended',
        direction: null,
        from: party(AGENT_LINE),
        to: party(CUSTOMER),
        occurredAt: '2026-02-17T10:32:00.000Z',
        endedAt: '2026-02-17T10:32:00.000Z',
      });
    for (const order of bothOrders(ringing, ended)) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('inbound call: the caller is linked in both orders', async () => {
    const ringing = () =>
      callEvent({ kind: 'ringing', direction: 'inbound', from: party(CUSTOMER), to: party(AGENT_LINE) });
    const ended = () =>
      callEvent({
        kind: 'ended',
        direction: null,
        from: party(CUSTOMER),
        to: party(AGENT_LINE),
        occurredAt: '2026-02-17T10:32:00.000Z',
      });
    for (const order of bothOrders(ringing, ended)) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('an event naming only the agent side (RingSense without callDirection) never replaces the link', async () => {
    const ended = () =>
      callEvent({ kind: 'ended', direction: 'outbound', from: party(AGENT_LINE), to: party(CUSTOMER) });
    const insights = () =>
      callEvent({
        kind: 'insights',
        direction: null,
        from: party(AGENT_LINE),
        to: party(AGENT_LINE),
        insights: { summary: 'Called back about the invoice.' },
      });
    for (const order of bothOrders(ended, insights)) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('a call whose events never carry a direction still links the caller, in both orders', async () => {
    const ringing = () =>
      callEvent({ kind: 'ringing', direction: null, from: party(CUSTOMER), to: party(AGENT_LINE) });
    const ended = () =>
      callEvent({
        kind: 'ended',
        direction: null,
        from: party(CUSTOMER),
        to: party(AGENT_LINE),
        occurredAt: '2026-02-17T10:32:00.000Z',
      });
    for (const order of bothOrders(ringing, ended)) expect(await linkAfter(order)).toEqual(CUSTOMER_LINK);
  });

  it('the case follows the contact: a customer without an active case does not keep the agent line case', async () => {
    const noCustomerCase = () =>
      new MemoryCaseResolver([kase('agent-line-case', 'c-agent-line', 'open', '2026-02-15')]);
    const ringing = () =>
      callEvent({ kind: 'ringing', direction: 'outbound', from: party(AGENT_LINE), to: party(CUSTOMER) });
    const ended = () =>
      callEvent({
        kind: 'ended',
        direction: null,
        from: party(AGENT_LINE),
        to: party(CUSTOMER),
        occurredAt: '2026-02-17T10:32:00.000Z',
      });
    for (const order of bothOrders(ringing, ended))
      expect(await linkAfter(order, noCustomerCase())).toEqual({ contactId: 'c-customer', caseId: null });
  });

  it('links without reading the stored record first (the merge decides, atomically)', async () => {
    const interactions = new MemoryInteractionStore();
    let reads = 0;
    const getBySource = interactions.getBySource.bind(interactions);
    interactions.getBySource = async (tenantId, source, sourceRecordId) => {
      reads += 1;
      return getBySource(tenantId, source, sourceRecordId);
    };
    const { bridge } = await testBridge({
      background: false,
      contacts: contacts(),
      stores: { interactions },
    });
    try {
      await bridge.ingest(callEvent({ direction: 'outbound', from: party(AGENT_LINE), to: party(CUSTOMER) }));
      await bridge.ingest(callEvent({ direction: null, from: party(AGENT_LINE), to: party(CUSTOMER) }));
      expect(reads).toBe(0);
      expect((await getBySource(TENANT, 'RINGOVER', 'call-1'))?.contactId).toBe('c-customer');
    } finally {
      await bridge.close();
    }
  });

  it('a guess and a known direction arriving at the same time still end on the known link', async () => {
    for (let round = 0; round < 5; round++) {
      const interactions = new MemoryInteractionStore();
      const { bridge } = await testBridge({
        background: false,
        contacts: contacts(),
        stores: { interactions },
      });
      try {
        await Promise.all([
          bridge.ingest(callEvent({ direction: null, from: party(AGENT_LINE), to: party(CUSTOMER) })),
          bridge.ingest(
            callEvent({ kind: 'ended', direction: 'outbound', from: party(AGENT_LINE), to: party(CUSTOMER) }),
          ),
        ]);
        expect((await interactions.getBySource(TENANT, 'RINGOVER', 'call-1'))?.contactId).toBe('c-customer');
      } finally {
        await bridge.close();
      }
    }
  });
});
