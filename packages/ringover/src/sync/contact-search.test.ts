import type { Contact } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { searchContactOf } from './contact-search.js';

const PAUL: Contact = {
  id: 'c-42',
  tenantId: 'acme',
  firstName: 'Paul',
  lastName: 'Martin',
  displayName: 'Paul Martin',
  phones: [],
};

describe('searchContactOf', () => {
  it('answers numbers as international digits without "+" even when the CRM formats them', () => {
    const entry = searchContactOf({
      ...PAUL,
      phones: [
        { number: '+33612345678', type: 'mobile' },
        { number: '+33 6 12 34 56 78', type: 'cell' },
        { number: '+32 (0)2 555 12 34', type: 'work' },
      ],
    });
    expect(entry.numbers).toEqual([
      { number: 33612345678, type: 'mobile' },
      { number: 33612345678, type: 'mobile' },
      { number: 3225551234, type: 'fix' },
    ]);
  });

  it('keeps a number it cannot read as it is, without its "+"', () => {
    expect(searchContactOf({ ...PAUL, phones: [{ number: '+1 ext. 12' }] }).numbers).toEqual([
      { number: '1 ext. 12', type: 'mobile' },
    ]);
  });
});
