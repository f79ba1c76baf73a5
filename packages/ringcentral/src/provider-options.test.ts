import { describe, expect, it } from 'vitest';
import { ringcentral } from './provider.js';

describe('ringcentral(options) delays', () => {
  it.each([
    ['insightsRetryDelayMs', 0],
    ['insightsRetryDelayMs', -5],
    ['insightsRetryDelayMs', Number.NaN],
    ['insightsRetryDelayMs', Number.POSITIVE_INFINITY],
    ['retryDelayMs', 0],
    ['retryDelayMs', Number.NaN],
  ] as const)('refuses %s: %s with a configuration_error naming it', (name, value) => {
    let error: unknown;
    try {
      ringcentral({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'configuration_error' });
    expect((error as Error).message).toContain(name);
  });

  it('takes positive delays, and none', () => {
    expect(() => ringcentral({ insightsRetryDelayMs: 1000, retryDelayMs: 60_000 })).not.toThrow();
    expect(() => ringcentral({})).not.toThrow();
  });
});
