import type { CallbridgeError } from '@callbridge/core';
import { expect } from 'vitest';
import { ringoverFixtures } from '../testing/fixtures.js';
import type { VerifyRingoverOptions } from './verify.js';

/** Shared keys, clock and assertions of the verification tests. */
export const KEYS = {
  callEvents: 'call-events-key-0123456789',
  contactCall: 'contact-call-key-0123456789',
  contactSearch: 'contact-search-key-0123456789',
  routingIvr: 'routing-ivr-key-0123456789',
};
export const ALL_SECRETS = [
  ...Object.values(KEYS),
  'old-call-events-key',
  'compat-secret',
  'ivr-url-secret-xyz',
];
export const URL_ = 'https://crm.example.com/api/v1/webhooks/ringover/acme';
export const NOW = 1_767_180_200_000;
export const body = ringoverFixtures['call/hangup'];
export const enc = new TextEncoder();

/** Verification options with every block key and the fixed clock. */
export function options(extra: Partial<VerifyRingoverOptions['settings']> = {}): VerifyRingoverOptions {
  return { settings: { secrets: KEYS, ...extra }, now: () => NOW };
}

/** The CallbridgeError a verification fails with; asserts it names no secret. */
export async function failure(promise: Promise<unknown>): Promise<CallbridgeError> {
  try {
    await promise;
  } catch (error) {
    const e = error as CallbridgeError;
    for (const secret of ALL_SECRETS) expect(e.message).not.toContain(secret);
    expect(e.status).toBeGreaterThanOrEqual(400);
    return e;
  }
  throw new Error('expected the verification to fail');
}
