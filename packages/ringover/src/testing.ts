/**
 * @callbridge/ringover/testing: sign webhooks like Ringover, a body for every documented event,
 * and msw handlers that emulate the REST API, for integrators' own tests.
 */
export * from './testing/fixtures.js';
export * from './testing/sign.js';
