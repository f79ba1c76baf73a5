import { describe, expect, it } from 'vitest';
import { callEvent, contactsOf, TENANT, testBridge } from '../ingest/harness.test-util.js';
import type { Logger } from '../ports/logger.js';

// Ingest end to end: a caller sent as a URI or with an extension (and no provider e164) is
// matched to the CRM contact by the main number, and the log line does not quote the number.
describe('ingest of URI and extension numbers', () => {
  it.each([
    ['sip:+33612345678@sip.example.com;user=phone'],
    ['"Paul" <sips:+33612345678@sip.example.com>;tag=1'],
    ['sip:%2B33612345678@10.0.0.1:5060'],
    ['tel:+33-6-12-34-56-78'],
    ['tel:0612345678;phone-context=+33'],
    ['+33 6 12 34 56 78 ext. 12'],
  ])('%s is matched to the contact of +33612345678', async (raw) => {
    const contacts = contactsOf([
      { id: 'c-fr', tenantId: TENANT, displayName: 'Paul', phones: [{ number: '+33612345678' }] },
    ]);
    const lines: string[] = [];
    const capture = (message: string, fields?: Record<string, unknown>) => {
      lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
    };
    const logger: Logger = { debug: capture, info: capture, warn: capture, error: capture };
    const { bridge } = await testBridge({ contacts, logger, defaultRegion: 'BE' });
    try {
      const result = await bridge.ingest(callEvent({ from: { raw, e164: null } }));
      expect(result.interaction?.contactId).toBe('c-fr');
      expect(result.interaction?.metadata).toMatchObject({
        callerNumber: '+33612345678',
        callerNumberRaw: raw,
      });
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/612345678|6-12-34|12-34-56/);
    } finally {
      await bridge.close();
    }
  });

  it('keeps a SIP user name unmatched, with a null number', async () => {
    const contacts = contactsOf([]);
    const { bridge } = await testBridge({ contacts });
    try {
      const result = await bridge.ingest(
        callEvent({ from: { raw: 'sip:alice@sip.example.com', e164: null } }),
      );
      expect(result.interaction?.contactId ?? null).toBeNull();
      expect(result.interaction?.metadata).toMatchObject({ callerNumber: null });
      expect(contacts.lookups).toEqual([]);
    } finally {
      await bridge.close();
    }
  });
});
