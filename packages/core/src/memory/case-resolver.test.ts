import { describe, expect, it } from 'vitest';
import type { Case } from '../model/contact.js';
import { MemoryCaseResolver } from './case-resolver.js';

const open = (id: string, updatedAt: string): Case => ({
  id,
  tenantId: 't',
  contactId: 'c',
  title: id,
  status: 'open',
  updatedAt,
});

async function pick(cases: Case[]): Promise<string | undefined> {
  return (await new MemoryCaseResolver(cases).findActiveCase('t', 'c'))?.id;
}

describe('MemoryCaseResolver and updatedAt that is not a date', () => {
  it('ranks a case without a valid date below every dated case, wherever it is listed', async () => {
    for (const bad of ['', 'not a date', '2026-13-45T99:00:00Z']) {
      const dated = [open('old', '2020-01-01T00:00:00Z'), open('recent', '2026-02-01T00:00:00Z')];
      expect(await pick([open('bad', bad), ...dated])).toBe('recent');
      expect(await pick([dated[0] as Case, open('bad', bad), dated[1] as Case])).toBe('recent');
      expect(await pick([...dated, open('bad', bad)])).toBe('recent');
      // Even a very old dated case beats one without a date.
      expect(await pick([open('bad', bad), open('ancient', '1970-01-01T00:00:00Z')])).toBe('ancient');
      expect(await pick([open('bad', bad), open('before-1970', '1900-01-01T00:00:00Z')])).toBe('before-1970');
    }
  });

  it('still links a case when no active case has a valid date (the first listed)', async () => {
    expect(await pick([open('x', ''), open('y', 'garbage')])).toBe('x');
  });
});
