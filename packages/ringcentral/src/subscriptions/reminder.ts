import type { CheckpointStore, Logger } from '@callbridge/core';
import type { ResolvedSettings } from '../settings.js';
import { reminderThreshold } from '../webhook/events.js';
import type { SubscriptionState } from './types.js';

/**
 * How much earlier than the reminder filter's threshold a reminder may come (clock skew between
 * RingCentral and us, a delivery retried late) and still renew.
 */
const REMINDER_SLACK_MS = 600_000;

/** The CheckpointStore key of a tenant's {@link SubscriptionState}. */
export const subscriptionStateKey = (tenantId: string): string => `ringcentral/subscription/${tenantId}`;

/**
 * True when a reminder notification may renew the tenant's subscription: it names the
 * subscription we keep, and that one expires within the reminder filter's threshold (when
 * RingCentral sends its reminders). Anyone holding the verification token can post reminders
 * with fresh uuids; each one would otherwise cost a forced renewal (RingCentral API calls
 * against the app's rate limit). The scheduled pass renews on time either way.
 */
export async function reminderIsDue(input: {
  checkpoints: CheckpointStore;
  tenantId: string;
  subscriptionId: string | null;
  settings: () => Promise<ResolvedSettings>;
  now(): number;
  logger: Logger | undefined;
}): Promise<boolean> {
  const { tenantId, logger } = input;
  const state = await input.checkpoints.get<SubscriptionState>(subscriptionStateKey(tenantId));
  if (!state) return true; // none known here yet: the pass finds or creates one
  if (input.subscriptionId !== state.id) {
    logger?.warn('ringcentral: reminder of another subscription than ours ignored', { tenantId });
    return false;
  }
  const expiration = Date.parse(state.expirationTime ?? '');
  if (Number.isNaN(expiration)) return true;
  const settings = await input.settings();
  const windowMs =
    Math.max(reminderThreshold(settings.subscriptionExpiresIn), settings.renewBeforeSeconds) * 1000 +
    REMINDER_SLACK_MS;
  if (expiration - input.now() > windowMs) {
    logger?.warn('ringcentral: reminder long before the subscription expires ignored', {
      tenantId,
      expirationTime: state.expirationTime,
    });
    return false;
  }
  return true;
}
