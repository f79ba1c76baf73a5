/** @callbridge/core/node: Node-only helpers (filesystem blob store, node:crypto HMAC, DNS host check). Kept off the main entry. */
export * from './node/index.js';
