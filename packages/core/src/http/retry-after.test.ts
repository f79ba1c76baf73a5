import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';

const NOW = Date.parse('2026-03-01T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delta-seconds, decimals included, and HTTP dates from now', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 7 ', NOW)).toBe(7000);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('gives null when absent or unreadable', () => {
    for (const value of [null, undefined, '', '  ', 'soon']) expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});
