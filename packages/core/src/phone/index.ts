export * from './cache.js';
export * from './format.js';
export * from './normalize.js';
export * from './redact.js';
