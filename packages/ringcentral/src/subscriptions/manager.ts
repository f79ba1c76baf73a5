import { CallbridgeError, type CheckpointStore, type Logger, silentLogger } from '@callbridge/core';
import type { Clock } from '../client/clock.js';
import type { RingCentralClient } from '../client/platform-client.js';
import { reminderFilter } from '../webhook/events.js';
import { is404, SubscriptionApi, webhooksAt } from './api.js';
import { coversFilters, filtersKey, tokenDigest } from './filters.js';
import { type SubscriptionLeaseOptions, withLease } from './lease.js';
import type {
  EnsureAction,
  EnsureResult,
  EnsureSubscriptionInput,
  SubscriptionInfo,
  SubscriptionState,
} from './types.js';

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
  /**
   * A lease shared by every instance around "list, then create if none", so instances that
   * start together create the subscription once. Without it they may each create one, and then
   * delete all but the oldest.
   */
  lease?: SubscriptionLeaseOptions;
}

/** What one pass works with. */
interface Pass {
  input: EnsureSubscriptionInput;
  expiresIn: number;
  /** `renewBeforeSeconds` in ms, as configured (see {@link renewBefore}). */
  renewBeforeSetting: number;
  /** The lifetime the platform granted at the last create or renewal, seconds; null when unknown. */
  lifetimeSeconds: number | null;
  digest: string;
}

/**
 * Renew when less than this many ms are left: the setting, at most half the lifetime (the one
 * asked for, or the shorter one the platform granted). A window as long as the lifetime would
 * renew on every pass and schedule the next one a second later, for ever.
 */
function renewBefore(pass: Pass): number {
  const lifetime = Math.min(pass.expiresIn, pass.lifetimeSeconds ?? pass.expiresIn);
  return Math.min(pass.renewBeforeSetting, (lifetime * 1000) / 2);
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

/**
 * Keeps one webhook subscription alive with no manual step: finds ours (by the id in its state,
 * else by address), creates it with an explicit `expiresIn` and the reminder filter, renews it
 * before expiry, and deletes + recreates it when Blacklisted, gone, or created with another
 * verification token. With a shared `lease`, one instance at a time creates it.
 */
export class SubscriptionManager {
  private readonly logger: Logger;
  private readonly checkIntervalMs: number;
  private readonly api: SubscriptionApi;

  constructor(private readonly options: SubscriptionManagerOptions) {
    this.api = new SubscriptionApi(options.client);
    this.logger = options.logger ?? silentLogger;
    this.checkIntervalMs = options.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
  }

  /** The stored state, or null before the first subscription. */
  state(): Promise<SubscriptionState | null> {
    return this.options.checkpoints.get<SubscriptionState>(this.options.stateKey);
  }

  /**
   * One pass: makes sure the subscription exists, is Active and far from expiry. With a `lease`,
   * only the instance holding it creates; the others wait, then use the subscription it made.
   */
  async ensureSubscription(input: EnsureSubscriptionInput): Promise<EnsureResult> {
    const expiresIn = input.expiresIn ?? 604_800;
    const state = await this.state();
    const pass: Pass = {
      input,
      expiresIn,
      renewBeforeSetting: (input.renewBeforeSeconds ?? Math.floor(expiresIn / 4)) * 1000,
      lifetimeSeconds: state?.lifetimeSeconds ?? null,
      digest: await tokenDigest(input.verificationToken),
    };
    const result = await this.ensureOnce(pass, state);
    // The address of a webhook cannot change: once the subscription to the new address is in
    // place, the one to the old address (ours, by the state) goes, or it keeps posting there.
    if (state && state.address !== input.address && state.id !== result.subscription.id) {
      this.logger.info('ringcentral: webhookAddress changed; deleting the subscription to the old address');
      await this.api.remove(state.id);
    }
    return result;
  }

  private async ensureOnce(pass: Pass, state: SubscriptionState | null): Promise<EnsureResult> {
    const { input } = pass;
    const found = await this.usable(pass, state);
    const kept = found && (await this.maintain(pass, found));
    if (kept) return kept;
    const lease = this.options.lease;
    if (!lease) return this.createAndSave(pass, state);

    const outcome = await withLease(lease, this.options.clock, this.logger, input.signal, async () => {
      // Whoever held the lease before us saved its state before releasing it: a changed state
      // means another instance made (or checked) the subscription meanwhile, so look again.
      const now = await this.state();
      if (JSON.stringify(now) !== JSON.stringify(state)) {
        const made = await this.usable(pass, now);
        const maintained = made && (await this.maintain(pass, made));
        if (maintained) return maintained;
      }
      return this.createAndSave(pass, state);
    });
    if (outcome.held) return outcome.value;
    // Another instance still holds the lease: use what it made, never create a second one.
    const made = await this.usable(pass, await this.state());
    const theirs = made && (await this.maintain(pass, made));
    if (theirs) return theirs;
    throw new CallbridgeError(
      'timeout',
      'Another instance is creating the RingCentral subscription and has not finished yet.',
      {
        hint: 'Nothing to do: a later pass uses the subscription it makes (or creates one once its lease has expired).',
        details: { leaseKey: lease.key },
      },
    );
  }

  /**
   * Ours if usable: deletes it (and answers null) when it was created with another verification
   * token, is not Active, or is past its `expirationTime` (no pass renewed it in time, e.g. the
   * app was down: it delivers nothing, whatever its status says, and a new one is certain to).
   */
  private async usable(pass: Pass, state: SubscriptionState | null): Promise<SubscriptionInfo | null> {
    const current = await this.findOurs(pass.input.address, state);
    if (current && state && state.id === current.id && state.tokenDigest !== pass.digest) {
      this.logger.info('ringcentral: verification token changed; recreating the subscription');
      await this.api.remove(current.id);
      return null;
    }
    if (current && current.status !== 'Active') {
      this.logger.warn('ringcentral: subscription is not active; recreating it', {
        status: current.status ?? null,
        reason: current.blacklistedData?.reason ?? null,
      });
      await this.api.remove(current.id);
      return null;
    }
    const expiration = Date.parse(current?.expirationTime ?? '');
    if (current && expiration <= this.options.clock.now()) {
      this.logger.warn('ringcentral: subscription expired before it was renewed; recreating it', {
        expirationTime: current.expirationTime ?? null,
      });
      await this.api.remove(current.id);
      return null;
    }
    return current;
  }

  /** Creates the subscription and keeps one at the address; `before` is the state the pass began with. */
  private async createAndSave(pass: Pass, before: SubscriptionState | null): Promise<EnsureResult> {
    const created = await this.api.create(pass.input, pass.expiresIn);
    // Another instance may have created one at the same moment (no lease, or one that ran out):
    // every instance keeps the same one (the oldest) and deletes the others, so the tenant ends
    // with a single subscription.
    const kept = await this.keepOne(pass.input.address, created);
    return this.save(pass, kept, before ? 'recreated' : 'created');
  }

  /**
   * Updates the filters of an existing subscription if needed, renews it near expiry. Null when
   * it is gone meanwhile (expired and deleted between the check and the renewal): create anew.
   */
  private async maintain(pass: Pass, found: SubscriptionInfo): Promise<EnsureResult | null> {
    const { input, expiresIn } = pass;
    let current = found;
    let action: EnsureAction = 'unchanged';
    try {
      if (!coversFilters(current.eventFilters ?? [], input.eventFilters)) {
        current = await this.api.update(
          current.id,
          [...input.eventFilters, reminderFilter(expiresIn)],
          expiresIn,
        );
        action = 'updated';
      }
      const left = Date.parse(current.expirationTime ?? '') - this.options.clock.now();
      if (input.forceRenew || !(left > renewBefore(pass))) {
        current = await this.api.renew(current.id);
        action = action === 'updated' ? 'updated' : 'renewed';
      }
    } catch (error) {
      if (!is404(error)) throw error;
      this.logger.warn('ringcentral: subscription is gone before its renewal; it will be recreated');
      return null;
    }
    return this.save(pass, current, action);
  }

  /** Stores the state of `current` and answers when to check next. */
  private async save(pass: Pass, current: SubscriptionInfo, action: EnsureAction): Promise<EnsureResult> {
    const expiration = Date.parse(current.expirationTime ?? '');
    const now = this.options.clock.now();
    // What the platform granted, read right after it granted it (a GET says only what is left).
    if (action !== 'unchanged' && expiration > now)
      pass.lifetimeSeconds = Math.round((expiration - now) / 1000);
    const renewAt = Number.isNaN(expiration) ? now + this.checkIntervalMs : expiration - renewBefore(pass);
    const nextCheckAt = Math.max(now + 1_000, Math.min(renewAt, now + this.checkIntervalMs));
    await this.options.checkpoints.set<SubscriptionState>(this.options.stateKey, {
      id: current.id,
      address: pass.input.address,
      expirationTime: current.expirationTime ?? null,
      tokenDigest: pass.digest,
      filtersKey: filtersKey(pass.input.eventFilters),
      ...(pass.lifetimeSeconds !== null ? { lifetimeSeconds: pass.lifetimeSeconds } : {}),
      updatedAt: new Date(now).toISOString(),
    });
    const disabled = current.disabledFilters ?? [];
    if (disabled.length > 0) {
      // Active all the same: nothing will ever arrive for these filters.
      this.logger.warn('ringcentral: RingCentral disabled event filters of the subscription', {
        disabledFilters: disabled.map((d) => ({ filter: d.filter ?? null, reason: d.reason ?? null })),
        hint: 'Give the app and the JWT user the permissions the reason names (e.g. RingSense), then delete the subscription: the next pass creates it anew.',
      });
    }
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
        const found = await this.api.get(state.id);
        if (found.deliveryMode?.address === address) return found;
      } catch (error) {
        if (!is404(error)) throw error;
        this.logger.warn('ringcentral: subscription is gone; it will be recreated');
      }
    }
    const ours = webhooksAt(await this.api.list(), address);
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
    const active = known ?? webhooksAt(await this.api.list(), address).filter((r) => r.status === 'Active');
    const all = active.some((r) => r.id === mine.id) ? active : [...active, mine];
    const keep = oldest(all);
    for (const other of all) {
      if (other.id === keep.id) continue;
      this.logger.warn('ringcentral: deleting a second subscription to the same address', { id: other.id });
      await this.api.remove(other.id);
    }
    return keep;
  }
}
