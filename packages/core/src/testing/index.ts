export * from './fixtures.js';
export { errorCode, rejectionOf, sleep, uniqueId, waitFor } from './helpers.js';
export * from './interaction-store.js';
export type * from './types.js';
