export { ringoverDeliveryId } from './normalize/common.js';
export * from './normalize/normalize.js';
export * from './parse.js';
export * from './schema/index.js';
export * from './settings.js';
export { keyBlockOf } from './verify/blocks.js';
export * from './verify/verify.js';
