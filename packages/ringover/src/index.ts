/**
 * @callbridge/ringover: Ringover webhooks (V1 JWT, opt-in V3 HMAC, contact-search key, IVR URL
 * secret, seed compatibility), caller-card and contact-search answers, smart routing, and a
 * reconciling REST client. Verify, parse and normalize are usable alone; `ringover()` chains them.
 */

export { ringoverDeliveryId } from './normalize/common.js';
export * from './normalize/normalize.js';
export * from './parse.js';
export type * from './provider/options.js';
export * from './provider/ringover.js';
export * from './rest/client.js';
export * from './rest/reconcile.js';
export * from './rest/schema.js';
export { callRowToEvent } from './rest/to-event.js';
export { fifteenDayWindows, MAX_WINDOW_MS } from './rest/windows.js';
export * from './schema/index.js';
export * from './settings.js';
export * from './sync/caller-card.js';
export * from './sync/contact-search.js';
export * from './sync/routing.js';
export { keyBlockOf } from './verify/blocks.js';
export * from './verify/verify.js';
