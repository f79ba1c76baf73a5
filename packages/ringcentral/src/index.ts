/**
 * @callbridge/ringcentral: RingSense insights by webhook (validation handshake, verification
 * token, account check), the company call log polled for recordings, recordings downloaded with
 * the platform's bearer token, and webhook subscriptions that create, renew and recreate
 * themselves. Built on `@ringcentral/sdk` v5.
 */
export * from './calllog/aliases.js';
export * from './calllog/normalize.js';
export * from './calllog/poller.js';
export * from './calllog/recordings.js';
export * from './calllog/schema.js';
export * from './client/clock.js';
export * from './client/errors.js';
export * from './client/pacer.js';
export * from './client/platform-client.js';
export * from './client/platform-options.js';
export * from './insights/held.js';
export * from './insights/normalize.js';
export * from './insights/schema.js';
export * from './jobs.js';
export * from './provider.js';
export * from './recordings/fetcher.js';
export * from './settings.js';
export * from './subscriptions/filters.js';
export type { SubscriptionLeaseOptions } from './subscriptions/lease.js';
export * from './subscriptions/manager.js';
export * from './subscriptions/types.js';
export * from './webhook/envelope.js';
export * from './webhook/events.js';
export * from './webhook/handshake.js';
export * from './webhook/receive.js';
export * from './webhook/verify.js';
