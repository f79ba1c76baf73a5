import { describe, expect, it } from 'vitest';
import type { Logger } from '../ports/logger.js';
import { callEvent, TENANT, testBridge } from './harness.test-util.js';

// The live announcement of a stored change goes through the broadcaster, after the event log has
// kept it. When the broadcaster fails, the change is stored and logged: a 503 would only make the
// provider retry a delivery that is already stored (the retry is a duplicate and publishes
// nothing), while open streams read the event from the log at their next event or reconnect.

describe('a broadcaster that fails after the event log kept the event', () => {
  it('answers stored, keeps the event in the log, and logs the failure without the record', async () => {
    const errors: Array<{ message: string; fields: unknown }> = [];
    const none = () => undefined;
    const logger: Logger = {
      debug: none,
      info: none,
      warn: none,
      error: (message, fields) => errors.push({ message, fields }),
    };
    const { bridge } = await testBridge({ logger });
    const broadcaster = bridge.runtime.broadcaster;
    broadcaster.publish = async () => {
      throw new Error('pub/sub connection reset');
    };
    const event = callEvent({ from: { raw: '+32470123456', e164: '+32470123456' } });
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'stored', created: true });
    const logged = await bridge.runtime.eventLog.readAfter(TENANT, '0');
    expect(logged.events.map((e) => e.type)).toEqual(['call_event_created']);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/not published/);
    expect(errors[0]?.fields).toMatchObject({ tenantId: TENANT, type: 'call_event_created' });
    expect(JSON.stringify(errors)).toMatch(/pub\/sub connection reset/);
    expect(JSON.stringify(errors)).not.toMatch(/32470123456/);
    // The provider's retry is a duplicate: nothing stored or logged twice.
    await expect(bridge.ingest(event)).resolves.toMatchObject({ status: 'duplicate' });
    expect((await bridge.runtime.eventLog.readAfter(TENANT, '0')).events).toHaveLength(1);
  });
});
