/** The RingSense (ACE) insights filter of the pbx domain. */
export const INSIGHTS_EVENT_FILTER = '/ai/ringsense/v1/public/accounts/~/domains/pbx/insights';

/** Matches a resolved insights event of any domain: `/ai/ringsense/v1/public/accounts/<id>/domains/<d>/insights`. */
const INSIGHTS_EVENT = /^\/ai\/ringsense\/v1\/public\/accounts\/[^/]+\/domains\/[^/]+\/insights(?:\?.*)?$/;
/** Matches a subscription expiry reminder: `/restapi/v1.0/subscription/~?threshold=…&interval=…`. */
const REMINDER_EVENT = /^\/restapi\/v1\.0\/subscription\/[^/?]+\?/;
/** The account segment of an event path (`/accounts/<id>/` or `/account/<id>/`). */
const ACCOUNT_SEGMENT = /\/accounts?\/([^/?]+)/;

/** True for a RingSense insights event. */
export function isInsightsEvent(event: string): boolean {
  return INSIGHTS_EVENT.test(event);
}

/** True for a subscription expiry reminder. */
export function isReminderEvent(event: string): boolean {
  return REMINDER_EVENT.test(event) && /[?&]threshold=/.test(event);
}

/** The account id an event names, or null when it names none (or `~`). */
export function eventAccountId(event: string): string | null {
  const id = ACCOUNT_SEGMENT.exec(event)?.[1];
  return id && id !== '~' ? id : null;
}

/**
 * The reminder filter to add to a subscription: fires `thresholdSeconds` before expiry, then
 * every `intervalSeconds`. RingCentral requires threshold ≤ ½ lifetime and interval ≤ ½ threshold.
 */
export function reminderFilter(expiresInSeconds: number): string {
  const threshold = reminderThreshold(expiresInSeconds);
  const interval = Math.max(30, Math.floor(threshold / 4));
  return `/restapi/v1.0/subscription/~?threshold=${threshold}&interval=${interval}`;
}

/** The `threshold` (seconds before expiry) of the reminder filter of a subscription of this lifetime. */
export function reminderThreshold(expiresInSeconds: number): number {
  return Math.max(60, Math.floor(expiresInSeconds / 4));
}
