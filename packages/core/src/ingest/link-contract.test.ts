import { describe, expect, it } from 'vitest';
import { MemoryInteractionStore } from '../memory/index.js';
import type { Case, Contact } from '../model/contact.js';
import type { CaseResolver, ContactDirectory } from '../ports/directory.js';
import type { Logger } from '../ports/logger.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// The integrator's ContactDirectory and CaseResolver are held to their contract: a record of
// another tenant is never linked (tenant isolation), nor a case of another contact than the one
// asked for, and an id that is not a string is not stored (a number would be a number in one store
// and text in another, so `?contactId=42` would find the call on Postgres and not in memory).
// All are logged as errors that say how to fix them.

const CALLER = '+32470123456';

function capture(): { logger: Logger; errors: string[] } {
  const errors: string[] = [];
  const none = () => undefined;
  return {
    errors,
    logger: { debug: none, info: none, warn: none, error: (message) => errors.push(message) },
  };
}

const contact = (fields: Partial<Contact>): Contact => ({
  id: 'c-1',
  tenantId: TENANT,
  displayName: 'Customer',
  phones: [{ number: CALLER }],
  ...fields,
});

/** A directory that answers `found` for every number and every query, whatever the tenant. */
const answering = (found: unknown): ContactDirectory => ({
  findByPhone: async () => found as Contact,
  search: async () => [found as Contact],
});

const resolving = (found: unknown): CaseResolver => ({ findActiveCase: async () => found as Case });

const kase = (fields: Partial<Case>): Case => ({
  id: 'case-1',
  tenantId: TENANT,
  contactId: 'c-1',
  title: 'Case',
  status: 'open',
  updatedAt: '2026-02-01',
  ...fields,
});

async function linkOf(contacts: ContactDirectory, cases?: CaseResolver) {
  const interactions = new MemoryInteractionStore();
  const { logger, errors } = capture();
  const { bridge } = await testBridge({
    background: false,
    contacts,
    ...(cases ? { cases } : {}),
    logger,
    stores: { interactions },
  });
  try {
    const result = await bridge.ingest(callEvent({ from: { raw: CALLER, e164: null } }));
    expect(result.status).toBe('stored');
    const record = await interactions.getBySource(TENANT, 'RINGOVER', 'call-1');
    return { contactId: record?.contactId ?? null, caseId: record?.caseId ?? null, errors, bridge };
  } finally {
    await bridge.close();
  }
}

describe('contact and case links hold the directory to its contract', () => {
  it('links a contact and a case that keep the contract', async () => {
    const linked = await linkOf(answering(contact({})), resolving(kase({})));
    expect(linked).toMatchObject({ contactId: 'c-1', caseId: 'case-1', errors: [] });
  });

  it('never links a contact of another tenant, and logs why', async () => {
    const linked = await linkOf(answering(contact({ tenantId: 'tenant-2' })), resolving(kase({})));
    expect(linked.contactId).toBeNull();
    expect(linked.caseId).toBeNull();
    expect(linked.errors).toEqual([expect.stringMatching(/contacts\.findByPhone .*another tenant/)]);
  });

  it('does not store a number id (stores would disagree on it), and says to return strings', async () => {
    const linked = await linkOf(answering(contact({ id: 42 as unknown as string })));
    expect(linked.contactId).toBeNull();
    expect(linked.errors).toEqual([expect.stringMatching(/contacts\.findByPhone .*type number/)]);
  });

  it('never links a case of another tenant or with a number id', async () => {
    for (const bad of [kase({ tenantId: 'tenant-2' }), kase({ id: 7 as unknown as string })]) {
      const linked = await linkOf(answering(contact({})), resolving(bad));
      expect(linked.contactId).toBe('c-1');
      expect(linked.caseId).toBeNull();
      expect(linked.errors).toEqual([expect.stringMatching(/cases\.findActiveCase/)]);
    }
  });

  it('never links a case of another contact (or one that names no contact), and logs why', async () => {
    for (const bad of [kase({ contactId: 'c-2' }), kase({ contactId: undefined as unknown as string })]) {
      const linked = await linkOf(answering(contact({})), resolving(bad));
      expect(linked.contactId).toBe('c-1');
      expect(linked.caseId).toBeNull();
      expect(linked.errors).toEqual([expect.stringMatching(/cases\.findActiveCase .*another contact/)]);
    }
  });

  it('gives providers the checked directory: search drops other tenants’ contacts', async () => {
    const { logger, errors } = capture();
    const mine = contact({ id: 'c-mine' });
    const theirs = contact({ id: 'c-theirs', tenantId: 'tenant-2' });
    const { bridge } = await testBridge({
      background: false,
      logger,
      contacts: { findByPhone: async () => null, search: async () => [mine, theirs] },
    });
    const found = await bridge.runtime.contacts.search(TENANT, 'cust');
    expect(found.map((c) => c.id)).toEqual(['c-mine']);
    expect(errors).toEqual([expect.stringMatching(/contacts\.search .*another tenant/)]);
    await bridge.close();
  });

  it('a directory without search finds nothing instead of throwing, and says what to add', async () => {
    const { logger, errors } = capture();
    const { bridge } = await testBridge({
      background: false,
      logger,
      contacts: { findByPhone: async () => null } as unknown as ContactDirectory,
    });
    await expect(bridge.runtime.contacts.search(TENANT, 'cust')).resolves.toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/contacts\.search is not implemented/)]);
    await bridge.close();
  });
});
