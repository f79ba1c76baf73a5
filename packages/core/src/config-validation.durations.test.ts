import { describe, expect, it } from 'vitest';
import type { CallBridgeConfig } from './config.js';
import { MAX_STREAM_RETRY_MS, validateCallBridgeConfig } from './config-validation.js';
import { isCallbridgeError } from './errors.js';
import { contactsOf, tenants } from './ingest/harness.test-util.js';
import { MAX_STORE_TTL_MS } from './memory/index.js';

/**
 * Durations past what their use can hold are refused at startup, naming the option and the
 * maximum: a timer's delay past 2^31-1 ms (Node fires it after 1 ms instead, so a huge
 * `stream.heartbeatMs` would be a busy loop) and a store TTL past `MAX_STORE_TTL_MS` (`now + ttl`
 * leaves PostgreSQL's range: every write would fail as a 503 the provider retries for ever).
 */
const MAX_TIMER_MS = 2 ** 31 - 1;

const base = (overrides: Partial<CallBridgeConfig>): CallBridgeConfig => ({
  providers: [],
  tenants,
  authenticate: () => null,
  contacts: contactsOf([]),
  ...overrides,
});

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isCallbridgeError(error) && error.code === 'configuration_error') return error.message;
    throw error;
  }
  return '(accepted)';
}

const check = (overrides: Partial<CallBridgeConfig>) =>
  messageOf(() => validateCallBridgeConfig(base(overrides)));

describe('duration limits of the configuration', () => {
  it('refuses timer durations above 2^31-1 ms, naming the option and the maximum', () => {
    const cases: [string, Partial<CallBridgeConfig>][] = [
      ['stream.heartbeatMs', { stream: { heartbeatMs: MAX_TIMER_MS + 1 } }],
      ['dedupe.claimTtlMs', { dedupe: { claimTtlMs: 1e300 } }],
      ['ai.stepTimeoutMs', { ai: { stepTimeoutMs: MAX_TIMER_MS + 1 } }],
    ];
    for (const [name, overrides] of cases) {
      const message = check(overrides);
      expect(message, name).toContain(`\`${name}\``);
      expect(message, name).toContain(String(MAX_TIMER_MS));
    }
    expect(check({ stream: { heartbeatMs: MAX_TIMER_MS } })).toBe('(accepted)');
    expect(check({ dedupe: { claimTtlMs: MAX_TIMER_MS }, ai: { stepTimeoutMs: MAX_TIMER_MS } })).toBe(
      '(accepted)',
    );
  });

  it('refuses a stream.retryMs whose retry hint, jitter (up to 50%) added, passes 2^31-1 ms', () => {
    expect(MAX_STREAM_RETRY_MS * 1.5).toBeLessThanOrEqual(MAX_TIMER_MS);
    for (const retryMs of [MAX_STREAM_RETRY_MS + 1, MAX_TIMER_MS, 2 ** 40]) {
      const message = check({ stream: { retryMs } });
      expect(message).toContain('`stream.retryMs`');
      expect(message).toContain(String(MAX_STREAM_RETRY_MS));
    }
    expect(check({ stream: { retryMs: MAX_STREAM_RETRY_MS } })).toBe('(accepted)');
  });

  it('refuses a dedupe.commitTtlMs above MAX_STORE_TTL_MS (100 years)', () => {
    expect(MAX_STORE_TTL_MS).toBe(100 * 365.25 * 24 * 3600 * 1000);
    for (const commitTtlMs of [MAX_STORE_TTL_MS + 1, Number.MAX_SAFE_INTEGER, 1e300]) {
      const message = check({ dedupe: { commitTtlMs } });
      expect(message).toContain('`dedupe.commitTtlMs`');
      expect(message).toContain(String(MAX_STORE_TTL_MS));
    }
    expect(check({ dedupe: { commitTtlMs: MAX_STORE_TTL_MS } })).toBe('(accepted)');
  });
});
