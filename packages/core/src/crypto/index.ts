export * from './encoding.js';
export * from './hmac.js';
export * from './raw-body.js';
export * from './timing-safe.js';
export * from './verify.js';
