/**
 * @callbridge/ringover/testing: sign webhooks like Ringover, a body for every documented event,
 * and msw handlers that emulate the REST API, for integrators' own tests (msw is an optional peer).
 */
export * from './testing/fixtures.js';
export * from './testing/msw.js';
export * from './testing/sign.js';
