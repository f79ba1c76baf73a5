import { type CheckpointStore, isCallbridgeError, type Logger, silentLogger } from '@callbridge/core';
import type { Clock } from '../client/clock.js';
import type { RingCentralClient } from '../client/platform-client.js';
import { reminderFilter } from '../webhook/events.js';
import { coversFilters, filtersKey, tokenDigest } from './filters.js';
import {
  type EnsureAction,
  type EnsureResult,
  type EnsureSubscriptionInput,
  type SubscriptionInfo,
  SubscriptionInfoSchema,
  type SubscriptionState,
} from './types.js';

const PATH = '/restapi/v1.0/subscription';
/** Check at least this often, to notice a Blacklisted subscription soon. Default 1 h. */
const DEFAULT_CHECK_INTERVAL_MS = 3_600_000;

/** Options of {@link SubscriptionManager}. */
export interface SubscriptionManagerOptions {
  client: RingCentralClient;
  checkpoints: CheckpointStore;
  /** Checkpoint key of this manager's state (one per tenant). */
  stateKey: string;
  clock: Clock;
  logger?: Logger;
  /** Longest gap between two checks. Default 1 h. */
  checkIntervalMs?: number;
}

/** The oldest subscription by creation time (ids break ties and stand in for a missing time). */
function oldest(subscriptions: SubscriptionInfo[]): SubscriptionInfo {
  const at = (s: SubscriptionInfo) => {
    const t = Date.parse(s.creationTime ?? '');
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  };
  return [...subscriptions].sort(
    (a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0] as SubscriptionInfo;
}

function is404(error: unknown): boolean {
  return isCallbridgeError(error) && error.details?.upstreamStatus === 404;
}

/**
 * Keeps one webhook subscription alive with no manual step: finds ours (by the id in its state,
 * else by address), creates it with an explicit `expiresIn` and the reminder filter, renews it
 * before expiry, and deletes + recreates it when Blacklisted, gone, or created with another
 * verification token.
 */
export class SubscriptionManager {
  private readonly logger: Logger;
  private readonly checkIntervalMs: number;

  constructor(private readonly options: SubscriptionManagerOptions) {
    this.logger = options.logger ?? silentLogger;
    this.checkIntervalMs = options.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
  }

  /** The stored state, or null before the first subscription. */
  state(): Promise<SubscriptionState | null> {
    return this.options.checkpoints.get<SubscriptionState>(this.options.stateKey);
  }

  /** One pass: makes sure the subscription exists, is Active and far from expiry. */
  async ensureSubscription(input: EnsureSubscriptionInput): Promise<EnsureResult> {
    const expiresIn = input.expiresIn ?? 604_800;
    const renewBefore = (input.renewBeforeSeconds ?? Math.floor(expiresIn / 4)) * 1000;
    const digest = await tokenDigest(input.verificationToken);
    const state = await this.state();
    let current = await this.findOurs(input.address, state);
    let action: EnsureAction = 'unchanged';

    if (current && state && state.id === current.id && state.tokenDigest !== digest) {
      this.logger.info('ringcentral: verification token changed; recreating the subscription');
      await this.remove(current.id);
      current = null;
    }
    if (current && current.status !== 'Active') {
      this.logger.warn('ringcentral: subscription is not active; recreating it', {
        status: current.status ?? null,
        reason: current.blacklistedData?.reason ?? null,
      });
      await this.remove(current.id);
      current = null;
    }
    if (!current) {
      current = await this.create(input, expiresIn);
      action = state ? 'recreated' : 'created';
      // Another instance may have created one at the same moment: every instance keeps the same
      // one (the oldest) and deletes the others, so the tenant ends with a single subscription.
      current = await this.keepOne(input.address, current);
    } else {
      if (!coversFilters(current.eventFilters ?? [], input.eventFilters)) {
        current = await this.update(
          current.id,
          [...input.eventFilters, reminderFilter(expiresIn)],
          expiresIn,
        );
        action = 'updated';
      }
      const left = Date.parse(current.expirationTime ?? '') - this.options.clock.now();
      if (input.forceRenew || !(left > renewBefore)) {
        current = await this.renew(current.id);
        action = action === 'updated' ? 'updated' : 'renewed';
      }
    }

    const expiration = Date.parse(current.expirationTime ?? '');
    const now = this.options.clock.now();
    const renewAt = Number.isNaN(expiration) ? now + this.checkIntervalMs : expiration - renewBefore;
    const nextCheckAt = Math.max(now + 1_000, Math.min(renewAt, now + this.checkIntervalMs));
    await this.options.checkpoints.set<SubscriptionState>(this.options.stateKey, {
      id: current.id,
      address: input.address,
      expirationTime: current.expirationTime ?? null,
      tokenDigest: digest,
      filtersKey: filtersKey(input.eventFilters),
      updatedAt: new Date(now).toISOString(),
    });
    if (action !== 'unchanged') {
      this.logger.info(`ringcentral: subscription ${action}`, {
        expirationTime: current.expirationTime ?? null,
      });
    }
    return { action, subscription: current, nextCheckAt };
  }

  private async findOurs(address: string, state: SubscriptionState | null): Promise<SubscriptionInfo | null> {
    if (state?.id) {
      try {
        const found = await this.get(state.id);
        if (found.deliveryMode?.address === address) return found;
      } catch (error) {
        if (!is404(error)) throw error;
        this.logger.warn('ringcentral: subscription is gone; it will be recreated');
      }
    }
    const list = await this.options.client.json<{ records?: unknown[] }>({
      method: 'GET',
      url: PATH,
      group: 'light',
      what: 'list subscriptions',
    });
    const records = (list?.records ?? []).flatMap((r) => {
      const parsed = SubscriptionInfoSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
    const ours = records.filter(
      (r) =>
        r.deliveryMode?.address === address && (r.deliveryMode?.transportType ?? 'WebHook') === 'WebHook',
    );
    const active = ours.filter((r) => r.status === 'Active');
    if (active.length > 1) return this.keepOne(address, oldest(active), active);
    return active[0] ?? ours[0] ?? null;
  }

  /**
   * Deletes every Active webhook subscription at `address` but the oldest (creation time, then
   * id), and returns the one kept: instances that race to create end with the same single one.
   */
  private async keepOne(
    address: string,
    mine: SubscriptionInfo,
    known?: SubscriptionInfo[],
  ): Promise<SubscriptionInfo> {
    const active = known ?? (await this.listActiveAt(address));
    const all = active.some((r) => r.id === mine.id) ? active : [...active, mine];
    const keep = oldest(all);
    for (const other of all) {
      if (other.id === keep.id) continue;
      this.logger.warn('ringcentral: deleting a second subscription to the same address', { id: other.id });
      await this.remove(other.id);
    }
    return keep;
  }

  private async listActiveAt(address: string): Promise<SubscriptionInfo[]> {
    const list = await this.options.client.json<{ records?: unknown[] }>({
      method: 'GET',
      url: PATH,
      group: 'light',
      what: 'list subscriptions',
    });
    return (list?.records ?? []).flatMap((r) => {
      const parsed = SubscriptionInfoSchema.safeParse(r);
      if (!parsed.success) return [];
      const sub = parsed.data;
      const webhook = (sub.deliveryMode?.transportType ?? 'WebHook') === 'WebHook';
      return webhook && sub.deliveryMode?.address === address && sub.status === 'Active' ? [sub] : [];
    });
  }

  private async get(id: string): Promise<SubscriptionInfo> {
    const raw = await this.options.client.json({
      method: 'GET',
      url: `${PATH}/${encodeURIComponent(id)}`,
      group: 'light',
      what: 'get subscription',
    });
    return SubscriptionInfoSchema.parse(raw);
  }

  private async create(input: EnsureSubscriptionInput, expiresIn: number): Promise<SubscriptionInfo> {
    const raw = await this.options.client.json({
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
    return SubscriptionInfoSchema.parse(raw);
  }

  private async update(id: string, eventFilters: string[], expiresIn: number): Promise<SubscriptionInfo> {
    const raw = await this.options.client.json({
      method: 'PUT',
      url: `${PATH}/${encodeURIComponent(id)}`,
      group: 'medium',
      what: 'update subscription',
      body: { eventFilters, expiresIn },
    });
    return SubscriptionInfoSchema.parse(raw);
  }

  private async renew(id: string): Promise<SubscriptionInfo> {
    const raw = await this.options.client.json({
      method: 'POST',
      url: `${PATH}/${encodeURIComponent(id)}/renew`,
      group: 'light',
      what: 'renew subscription',
    });
    return SubscriptionInfoSchema.parse(raw);
  }

  private async remove(id: string): Promise<void> {
    try {
      await this.options.client.send({
        method: 'DELETE',
        url: `${PATH}/${encodeURIComponent(id)}`,
        group: 'medium',
        what: 'delete subscription',
      });
    } catch (error) {
      if (!is404(error)) throw error;
    }
  }
}
