import { isCallbridgeError } from '@callbridge/core';
import { parseAnswer } from '../client/answer.js';
import type { RingCentralClient } from '../client/platform-client.js';
import { reminderFilter } from '../webhook/events.js';
import { type EnsureSubscriptionInput, type SubscriptionInfo, SubscriptionInfoSchema } from './types.js';

const PATH = '/restapi/v1.0/subscription';
const at = (id: string) => `${PATH}/${encodeURIComponent(id)}`;

/** True for the error of a RingCentral call answered 404 (the subscription is gone). */
export function is404(error: unknown): boolean {
  return isCallbridgeError(error) && error.details?.upstreamStatus === 404;
}

/** The webhook subscriptions (any status) delivered to `address`. */
export function webhooksAt(records: SubscriptionInfo[], address: string): SubscriptionInfo[] {
  return records.filter(
    (r) => r.deliveryMode?.address === address && (r.deliveryMode?.transportType ?? 'WebHook') === 'WebHook',
  );
}

/** RingCentral's `/subscription` endpoints, each answer parsed (records of another shape skipped). */
export class SubscriptionApi {
  constructor(private readonly client: RingCentralClient) {}

  async list(): Promise<SubscriptionInfo[]> {
    const list = await this.client.json<{ records?: unknown[] }>({
      method: 'GET',
      url: PATH,
      group: 'light',
      what: 'list subscriptions',
    });
    return (list?.records ?? []).flatMap((r) => {
      const parsed = SubscriptionInfoSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async get(id: string): Promise<SubscriptionInfo> {
    const raw = await this.client.json({
      method: 'GET',
      url: at(id),
      group: 'light',
      what: 'get subscription',
    });
    return parseAnswer(SubscriptionInfoSchema, raw, 'get subscription');
  }

  async create(input: EnsureSubscriptionInput, expiresIn: number): Promise<SubscriptionInfo> {
    const raw = await this.client.json({
      method: 'POST',
      url: PATH,
      group: 'medium',
      what: 'create subscription',
      body: {
        eventFilters: [...input.eventFilters, reminderFilter(expiresIn)],
        deliveryMode: {
          transportType: 'WebHook',
          address: input.address,
          verificationToken: input.verificationToken,
        },
        expiresIn,
      },
    });
    return parseAnswer(SubscriptionInfoSchema, raw, 'create subscription');
  }

  async update(id: string, eventFilters: string[], expiresIn: number): Promise<SubscriptionInfo> {
    const raw = await this.client.json({
      method: 'PUT',
      url: at(id),
      group: 'medium',
      what: 'update subscription',
      body: { eventFilters, expiresIn },
    });
    return parseAnswer(SubscriptionInfoSchema, raw, 'update subscription');
  }

  async renew(id: string): Promise<SubscriptionInfo> {
    const raw = await this.client.json({
      method: 'POST',
      url: `${at(id)}/renew`,
      group: 'light',
      what: 'renew subscription',
    });
    return parseAnswer(SubscriptionInfoSchema, raw, 'renew subscription');
  }

  /** Deletes it; one already gone is not an error. */
  async remove(id: string): Promise<void> {
    try {
      await this.client.send({ method: 'DELETE', url: at(id), group: 'medium', what: 'delete subscription' });
    } catch (error) {
      if (!is404(error)) throw error;
    }
  }
}
