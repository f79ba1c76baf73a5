import { describe, expect, it } from 'vitest';
import { contactIndexSql } from './contacts.js';

const indexName = (sql: string) => /^CREATE INDEX IF NOT EXISTS ("(?:[^"]|"")*")/.exec(sql)?.[1] ?? '';

describe('contactIndexSql', () => {
  it('names each phone column its own index within 63 bytes, however long the table name', () => {
    for (const table of [
      'contacts',
      'customer_relationship_management_contacts_of_every_kind',
      'kontakt_é'.repeat(6),

      'x'.repeat(62),
    ]) {
      const names = contactIndexSql({
        table,
        columns: { id: 'id', tenantId: 't', displayName: 'n', phones: ['phone_e164', 'mobile_e164'] },
      }).map(indexName);
      expect(new Set(names).size, table).toBe(2);
      for (const name of names) expect(Buffer.byteLength(name.slice(1, -1)), name).toBeLessThanOrEqual(63);
    }
    expect(
      contactIndexSql({
        table: 'contacts',
        columns: { id: 'id', tenantId: 't', displayName: 'n', phones: ['phone_e164'] },
      }),
    ).toEqual([
      'CREATE INDEX IF NOT EXISTS "contacts_phone_e164_e164_idx" ON "contacts" ("t", "phone_e164")',
    ]);
  });
});
