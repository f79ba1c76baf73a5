import type { Case, Contact } from '../model/contact.js';
import type { CaseResolver, ContactDirectory } from '../ports/directory.js';
import { suite, uniqueId } from './helpers.js';
import type { TestApi } from './types.js';

/** Options of the suites of ports the integrator backs with CRM data: `create` gets the seed. */
export interface SeededConformanceOptions<Port, Seed> {
  name: string;
  /** Builds the port over exactly this data (insert it into the CRM tables, or wrap it). */
  create: (seed: Seed) => Promise<Port> | Port;
  cleanup?: (port: Port) => Promise<void> | void;
}

/**
 * The `ContactDirectory` contract: `findByPhone` by exact E.164 within the tenant only, and
 * `search` by name, company and number, case-insensitive, tenant-scoped and limited.
 * Seed: three contacts of one tenant and one of another sharing a number.
 */
export function contactDirectoryConformance(
  t: TestApi,
  options: SeededConformanceOptions<ContactDirectory, { contacts: Contact[] }>,
): void {
  const { it, expect } = t;
  const a = uniqueId('tenant-a');
  const b = uniqueId('tenant-b');
  const contact = (
    id: string,
    tenantId: string,
    first: string,
    last: string,
    company: string,
    phones: string[],
  ): Contact => ({
    id,
    tenantId,
    firstName: first,
    lastName: last,
    displayName: `${first} ${last}`,
    company,
    phones: phones.map((number) => ({ number })),
    email: `${first.toLowerCase()}@example.test`,
  });
  const contacts = [
    contact('alice', a, 'Alice', 'Martin', 'Acme SA', ['+32470123456', '+3223456789']),
    contact('bob', a, 'Bob', 'Dupont', 'Dupont & Fils', ['+33612345678']),
    contact('carla', a, 'Carla', 'Rossi', 'ACME Logistics', ['+393331234567']),
    contact('other-alice', b, 'Alice', 'Autre', 'Other Corp', ['+32470123456']),
  ];
  const ids = (list: Contact[]) => list.map((c) => c.id).sort();
  suite(
    t,
    'ContactDirectory',
    { ...options, create: () => options.create({ contacts: structuredClone(contacts) }) },
    (dir) => {
      it('finds a contact by any of its E.164 numbers, within the tenant only', async () => {
        expect((await dir().findByPhone(a, '+32470123456'))?.id).toBe('alice');
        expect((await dir().findByPhone(a, '+3223456789'))?.id).toBe('alice');
        expect((await dir().findByPhone(b, '+32470123456'))?.id).toBe('other-alice');
        expect(await dir().findByPhone(b, '+33612345678')).toBeNull();
        expect(await dir().findByPhone(a, '+32499999999')).toBeNull();
        expect(await dir().findByPhone(uniqueId('tenant'), '+32470123456')).toBeNull();
      });

      it('returns the contact with its card fields', async () => {
        expect(await dir().findByPhone(a, '+33612345678')).toMatchObject({
          id: 'bob',
          tenantId: a,
          displayName: 'Bob Dupont',
          company: 'Dupont & Fils',
        });
      });

      it('searches by name and company case-insensitively within the tenant', async () => {
        expect(ids(await dir().search(a, 'alice'))).toEqual(['alice']);
        expect(ids(await dir().search(a, 'MARTIN'))).toEqual(['alice']);
        expect(ids(await dir().search(a, 'acme'))).toEqual(['alice', 'carla']);
        expect(ids(await dir().search(b, 'alice'))).toEqual(['other-alice']);
        expect(await dir().search(a, 'nobody-by-that-name')).toEqual([]);
      });

      it('searches by number and respects the limit', async () => {
        expect(ids(await dir().search(a, '+33612345678'))).toEqual(['bob']);
        expect(await dir().search(a, 'acme', { limit: 1 })).toHaveLength(1);
      });
    },
  );
}

/**
 * The `CaseResolver` contract: the contact's active case with the latest updatedAt, never a
 * closed one, never another tenant's. Seed statuses: 'open' and 'in_progress' are active,
 * 'closed' is not.
 */
export function caseResolverConformance(
  t: TestApi,
  options: SeededConformanceOptions<CaseResolver, { cases: Case[] }>,
): void {
  const { it, expect } = t;
  const a = uniqueId('tenant-a');
  const b = uniqueId('tenant-b');
  const kase = (
    id: string,
    tenantId: string,
    contactId: string,
    status: string,
    updatedAt: string,
  ): Case => ({
    id,
    tenantId,
    contactId,
    title: `Case ${id}`,
    status,
    updatedAt,
  });
  const cases = [
    kase('old-open', a, 'c1', 'open', '2026-01-01T00:00:00.000Z'),
    kase('new-progress', a, 'c1', 'in_progress', '2026-01-03T00:00:00.000Z'),
    kase('newest-closed', a, 'c1', 'closed', '2026-01-05T00:00:00.000Z'),
    kase('only-closed', a, 'c2', 'closed', '2026-01-05T00:00:00.000Z'),
    kase('other-tenant', b, 'c1', 'open', '2026-01-09T00:00:00.000Z'),
  ];
  suite(
    t,
    'CaseResolver',
    { ...options, create: () => options.create({ cases: structuredClone(cases) }) },
    (resolver) => {
      it('returns the most recent active case of the contact', async () => {
        expect(await resolver().findActiveCase(a, 'c1')).toMatchObject({
          id: 'new-progress',
          tenantId: a,
          contactId: 'c1',
        });
      });

      it('never returns a closed case or another tenant’s case', async () => {
        expect(await resolver().findActiveCase(a, 'c2')).toBeNull();
        expect((await resolver().findActiveCase(b, 'c1'))?.id).toBe('other-tenant');
        expect(await resolver().findActiveCase(a, 'no-such-contact')).toBeNull();
        expect(await resolver().findActiveCase(uniqueId('tenant'), 'c1')).toBeNull();
      });
    },
  );
}
