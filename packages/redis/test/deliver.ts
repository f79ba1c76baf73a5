import type { Instance } from './instances.js';
import { callNumberOf, ringoverWebhook } from './webhooks.js';

/** Posts the signed webhook of test call `n` to an instance; returns the status and JSON body. */
export async function post(instance: Instance, n: number) {
  const response = await instance.bridge.handle(await ringoverWebhook(n));
  const body = (await response.json().catch(() => null)) as { status?: string; code?: string } | null;
  return { status: response.status, body };
}

/**
 * Delivers like a provider does: retries 409 (another request holds the claim) and 5xx (storage
 * down) with a growing, jittered delay (200 ms doubling to 2 s) until a 2xx or `deadlineMs`.
 * Returns every status seen.
 */
export async function deliver(instance: Instance, n: number, deadlineMs = 150_000): Promise<number[]> {
  const statuses: number[] = [];
  const until = Date.now() + deadlineMs;
  for (let attempt = 0; Date.now() < until; attempt++) {
    const { status } = await post(instance, n);
    statuses.push(status);
    if (status >= 200 && status < 300) return statuses;
    if (status !== 409 && status < 500) throw new Error(`delivery of call ${n} answered ${status}`);
    const delay = Math.min(2000, 200 * 2 ** attempt);
    await new Promise((r) => setTimeout(r, delay / 2 + Math.random() * (delay / 2)));
  }
  throw new Error(`delivery of call ${n} never succeeded: ${statuses.join(',')}`);
}

/** The test call numbers of the `call_event_created` events an instance's subscriber saw. */
export function createdCalls(instance: Instance): number[] {
  return instance.seen
    .filter((e) => e.type === 'call_event_created')
    .map((e) => callNumberOf((e.data as { sourceRecordId: string }).sourceRecordId));
}
