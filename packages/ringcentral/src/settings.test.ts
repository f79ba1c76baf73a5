import { describe, expect, it } from 'vitest';
import { parseGlobalSettings, resolveSettings } from './settings.js';

describe('settings', () => {
  it('applies defaults and lets a tenant override key by key', () => {
    const global = parseGlobalSettings({ clientId: 'a', verificationToken: 'g', heavyPerMinute: 5 });
    const s = resolveSettings(global, {
      id: 't',
      key: 'k',
      providers: { ringcentral: { verificationToken: ['x', ' y '] } },
    });
    expect(s).toMatchObject({
      clientId: 'a',
      verificationTokens: ['x', 'y'],
      heavyPerMinute: 5,
      server: 'https://platform.ringcentral.com',
      eventFilters: ['/ai/ringsense/v1/public/accounts/~/domains/pbx/insights'],
      subscriptionExpiresIn: 604800,
      renewBeforeSeconds: 151200,
      overlapMs: 120_000,
      maxCallDurationMs: 7_200_000,
    });
  });

  it('rejects invalid tenant settings with a configuration_error naming the keys, not the values', () => {
    let error: unknown;
    try {
      resolveSettings({}, { id: 't', key: 'k', providers: { ringcentral: { heavyPerMinute: 0, jwt: 42 } } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'configuration_error' });
    expect((error as Error).message).toContain('jwt');
    expect((error as Error).message).toContain('heavyPerMinute');
    expect((error as Error).message).not.toContain('42');
  });
});
