export * from './aftercall.js';
export * from './call.js';
export * from './compat.js';
export * from './envelope.js';
export * from './parties.js';
export * from './primitives.js';
export * from './sms.js';
