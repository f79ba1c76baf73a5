import { ringover } from '@callbridge/ringover';
import { ringoverFixtures, signRingoverWebhook } from '@callbridge/ringover/testing';
import { TENANT } from './tenant.js';

/** The key of the Ringover "call events" webhook block in these tests. */
export const RINGOVER_KEY = 'multi-instance-test-key';

/** The webhook URL of the test tenant (the JWT's `url` claim must match it). */
export const WEBHOOK_URL = `http://127.0.0.1/api/v1/webhooks/ringover/${TENANT.key}`;

/** The Ringover provider, verifying JWT (HS512) signatures with {@link RINGOVER_KEY}. */
export function testProvider() {
  return ringover({ secrets: { callEvents: RINGOVER_KEY } });
}

const FIXTURE_CALL_ID = '14486597828273463454';

/** The 64-bit Ringover call id of test call `n` (20 digits, beyond Number precision). */
export function callIdOf(n: number): string {
  return `1448659782827${String(n).padStart(7, '0')}`;
}

/** Test call `n` of a call id, or -1. */
export function callNumberOf(callId: string): number {
  return callId.startsWith('1448659782827') ? Number(callId.slice(13)) : -1;
}

/**
 * A signed Ringover `call/missed` webhook of test call `n` (a real fixture with its call id
 * replaced; missed calls have no recording, so no background download reaches the network).
 */
export async function ringoverWebhook(n: number): Promise<Request> {
  const body = ringoverFixtures['call/missed'].replaceAll(
    `"call_id":${FIXTURE_CALL_ID}`,
    `"call_id":${callIdOf(n)}`,
  );
  const headers = await signRingoverWebhook(body, RINGOVER_KEY, { url: WEBHOOK_URL });
  return new Request(WEBHOOK_URL, { method: 'POST', headers, body });
}
