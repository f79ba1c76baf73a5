import { describe, expect, it } from 'vitest';
import { parseRingoverWebhook } from '../parse.js';
import { ringoverFixtures } from '../testing/fixtures.js';
import { agentOf, ringoverUserId } from './common.js';
import { normalizeRingoverEvent } from './normalize.js';

describe('agent ids', () => {
  it('reads the USER<id> form as the numeric id the other events use', () => {
    const body = ringoverFixtures['call/ringing'].replaceAll(
      '"user_id":22673838',
      '"user_id":"USER22673838"',
    );
    const parsed = parseRingoverWebhook(body);
    if (parsed.kind !== 'event') throw new Error('not an event');
    const [event] = normalizeRingoverEvent(parsed.event, { tenantId: 'acme' });
    expect(event?.agent).toMatchObject({ id: '22673838', name: 'Lea Martin' });
  });

  it('leaves other ids alone', () => {
    expect(ringoverUserId('22673838')).toBe('22673838');
    expect(ringoverUserId('USER')).toBe('USER');
    expect(ringoverUserId('user-abc')).toBe('user-abc');
    expect(ringoverUserId(null)).toBeNull();
    expect(agentOf(null, 'usr22')?.id).toBe('usr22');
  });
});
