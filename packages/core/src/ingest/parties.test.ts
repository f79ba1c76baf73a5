import { describe, expect, it } from 'vitest';
import { callEvent, contactsOf, TENANT, testBridge } from './harness.test-util.js';
import { normalizeParty } from './parties.js';

describe('normalizeParty and a provider-supplied e164', () => {
  it('keeps a valid provider e164 when the raw value does not normalize; raw stays as received', () => {
    expect(normalizeParty({ raw: '0612345678', e164: '+33612345678' }, undefined)).toEqual({
      raw: '0612345678',
      e164: '+33612345678',
    });
    expect(normalizeParty({ raw: 'sip:+33612345678@sip.example', e164: '+33612345678' }, 'FR')).toEqual({
      raw: 'sip:+33612345678@sip.example',
      e164: '+33612345678',
    });
    expect(normalizeParty({ raw: 'ext. 201', e164: '+13235551234' }, 'US')).toEqual({
      raw: 'ext. 201',
      e164: '+13235551234',
    });
  });

  it('validates the provider e164 like any outside data', () => {
    for (const e164 of [
      '+33 6 12 34 56 78', // not E.164 as written
      '33612345678', // no plus
      '0612345678',
      '+3361234', // not a valid number
      '+999999999999', // no such country
      '+336123456789012345', // too long
      'anonymous',
      '',
      ' +33612345678',
    ]) {
      expect(normalizeParty({ raw: 'sip:x@sip.example', e164 }, 'FR')).toEqual({
        raw: 'sip:x@sip.example',
        e164: null,
      });
    }
    expect(normalizeParty({ raw: 'sip:x@sip.example', e164: 42 as unknown as string }, 'FR').e164).toBeNull();
  });

  it('still prefers what the raw value normalizes to, and normalizes an e164 sent alone', () => {
    expect(normalizeParty({ raw: '+32470123456', e164: '+33612345678' }, undefined)).toEqual({
      raw: '+32470123456',
      e164: '+32470123456',
    });
    expect(normalizeParty({ raw: null, e164: '+33612345678' }, undefined)).toEqual({
      raw: '+33612345678',
      e164: '+33612345678',
    });
    expect(normalizeParty({ raw: null, e164: 'garbage' }, undefined)).toEqual({ raw: 'garbage', e164: null });
    expect(normalizeParty({ raw: null, e164: null }, 'FR')).toEqual({ raw: null, e164: null });
  });

  it('takes a valid provider e164 over the default region reading digits without a plus', () => {
    // Ringover sends international digits without "+": in DE, "33612345678" reads as a German
    // number, but the provider knows it is French.
    expect(normalizeParty({ raw: '33612345678', e164: '+33612345678' }, 'DE')).toEqual({
      raw: '33612345678',
      e164: '+33612345678',
    });
    expect(normalizeParty({ raw: '12125550123', e164: '+12125550123' }, 'DE').e164).toBe('+12125550123');
    expect(normalizeParty({ raw: '0612345678', e164: '+33612345678' }, 'DE').e164).toBe('+33612345678');
    // Without a valid provider e164 the region reading stays.
    expect(normalizeParty({ raw: '030123456', e164: null }, 'DE').e164).toBe('+4930123456');
  });

  it('matches the contact through the provider e164 end to end', async () => {
    const contacts = contactsOf([
      { id: 'c-fr', tenantId: TENANT, displayName: 'Client FR', phones: [{ number: '+33612345678' }] },
    ]);
    const { bridge } = await testBridge({ contacts });
    try {
      const result = await bridge.ingest(
        callEvent({ from: { raw: 'sip:+33612345678@sip.example', e164: '+33612345678' } }),
      );
      expect(result.interaction?.contactId).toBe('c-fr');
      expect(result.interaction?.metadata).toMatchObject({
        callerNumber: '+33612345678',
        callerNumberRaw: 'sip:+33612345678@sip.example',
      });
    } finally {
      await bridge.close();
    }
  });
});
