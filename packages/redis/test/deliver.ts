import { type FakeCall, fakeWebhook } from './fake-provider.js';
import { type Instance, WEBHOOK_URL } from './instances.js';

/** A test call: `call-<n>`, delivered as `delivery-<n>`. */
export function testCall(n: number): FakeCall {
  return {
    callId: `call-${n}`,
    deliveryId: `delivery-${n}`,
    kind: 'ended',
    from: '+32470000000',
    to: '+32470000001',
    at: new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + n * 1000).toISOString(),
  };
}

/** Posts one signed webhook to an instance; returns the status and the JSON body. */
export async function post(instance: Instance, secret: string, call: FakeCall) {
  const response = await instance.bridge.handle(await fakeWebhook(WEBHOOK_URL, secret, call));
  const body = (await response.json().catch(() => null)) as { status?: string; code?: string } | null;
  return { status: response.status, body };
}

/**
 * Delivers like a provider does: retries 409 (another request holds the claim) and 5xx (storage
 * down) with a growing, jittered delay (100 ms doubling to 1 s) until a 2xx. Returns every
 * status seen.
 */
export async function deliver(
  instance: Instance,
  secret: string,
  call: FakeCall,
  maxTries = 60,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < maxTries; attempt++) {
    const { status } = await post(instance, secret, call);
    statuses.push(status);
    if (status >= 200 && status < 300) return statuses;
    if (status !== 409 && status < 500) throw new Error(`delivery of ${call.callId} answered ${status}`);
    const delay = Math.min(1000, 100 * 2 ** attempt);
    await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * (delay / 2)));
  }
  throw new Error(`delivery of ${call.callId} never succeeded: ${statuses.join(',')}`);
}

/** The `sourceRecordId`s of the `call_event_created` events an instance's subscriber saw. */
export function createdIds(instance: Instance): string[] {
  return instance.seen
    .filter((e) => e.type === 'call_event_created')
    .map((e) => (e.data as { sourceRecordId: string }).sourceRecordId);
}
