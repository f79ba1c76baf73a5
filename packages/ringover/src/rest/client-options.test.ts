import { CallbridgeError } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { ringover } from '../provider/ringover.js';
import { RingoverClient, type RingoverClientOptions } from './client.js';

// A typo in the REST client's numbers must not turn into a client without a rate limit (0 or a
// negative rate), without retries or with NaN waits: it is a configuration_error naming the option.

const bad: Array<[keyof RingoverClientOptions, unknown]> = [
  ['requestsPerSecond', 0],
  ['requestsPerSecond', -2],
  ['requestsPerSecond', Number.NaN],
  ['requestsPerSecond', '2'],
  ['maxRetries', -1],
  ['maxRetries', 1.5],
  ['retryBaseMs', -1],
  ['retryBaseMs', Number.POSITIVE_INFINITY],
  ['maxResponseBytes', 0],
  ['maxResponseBytes', Number.NaN],
];

describe('RingoverClient option checks', () => {
  it.each(bad)('refuses %s = %s, naming it', (name, value) => {
    const make = () => new RingoverClient({ apiKey: 'k', [name]: value });
    expect(make).toThrowError(CallbridgeError);
    expect(make).toThrowError(new RegExp(`\`${name}\``));
    expect(() => ringover({ rest: { [name]: value } })).toThrowError(new RegExp(`\`rest\\.${name}\``));
  });

  it('accepts sane values', () => {
    expect(
      () =>
        new RingoverClient({
          apiKey: 'k',
          requestsPerSecond: 0.5,
          maxRetries: 0,
          retryBaseMs: 0,
          maxResponseBytes: 1024,
        }),
    ).not.toThrow();
  });
});
