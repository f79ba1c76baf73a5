import { z } from 'zod';

/** A subscription as RingCentral returns it (`SubscriptionInfo`); unknown fields are kept. */
export const SubscriptionInfoSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string().nullish(),
  eventFilters: z.array(z.string()).nullish(),
  expirationTime: z.string().nullish(),
  expiresIn: z.number().nullish(),
  creationTime: z.string().nullish(),
  deliveryMode: z
    .looseObject({ transportType: z.string().nullish(), address: z.string().nullish() })
    .nullish(),
  blacklistedData: z.looseObject({ reason: z.string().nullish() }).nullish(),
  /** Filters RingCentral accepted but cannot deliver (a missing permission), with the reason. */
  disabledFilters: z
    .array(z.looseObject({ filter: z.string().nullish(), reason: z.string().nullish() }))
    .nullish()
    .catch(null),
});
/** A parsed subscription. */
export type SubscriptionInfo = z.infer<typeof SubscriptionInfoSchema>;

/** What {@link SubscriptionManager.ensureSubscription} needs. */
export interface EnsureSubscriptionInput {
  /** Public HTTPS URL of the webhook route; it must already answer the validation handshake. */
  address: string;
  /** Event filters (the reminder filter is added automatically). */
  eventFilters: string[];
  /** Sent as deliveryMode.verificationToken; notifications carry it back. */
  verificationToken: string;
  /** Lifetime requested at creation, seconds. Default 604800. */
  expiresIn?: number;
  /** Renew when less than this many seconds are left. Default a quarter of `expiresIn`. */
  renewBeforeSeconds?: number;
  /** Renew now if active (a reminder arrived). */
  forceRenew?: boolean;
  /**
   * Stops waiting for another instance's lease when it aborts (the job's signal: `bridge.close()`
   * does not wait out the lease); the pass then rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

/** What ensureSubscription did. */
export type EnsureAction = 'created' | 'renewed' | 'recreated' | 'updated' | 'unchanged';

/** The outcome of one ensureSubscription pass. */
export interface EnsureResult {
  action: EnsureAction;
  subscription: SubscriptionInfo;
  /** When the next check should run (ms since epoch): before the renewal window, at the latest. */
  nextCheckAt: number;
}

/** What the manager keeps in the CheckpointStore (no secret: only a digest of the token). */
export interface SubscriptionState {
  id: string;
  address: string;
  expirationTime: string | null;
  tokenDigest: string;
  filtersKey: string;
  /** The lifetime granted at the last create or renewal, seconds (absent in older states). */
  lifetimeSeconds?: number;
  updatedAt: string;
}
