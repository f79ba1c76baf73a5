/**
 * @callbridge/ringcentral/testing: fixtures (RingSense insights with every key, call-log
 * records, subscriptions, notifications) and msw handlers that stand in for the RingCentral
 * platform, for integrators' own tests. Needs `msw` (an optional peer dependency).
 */

export { FakeClock } from './client/fake-clock.js';
export * from './testing/fixtures.js';
export * from './testing/handlers.js';
export * from './testing/mock-platform.js';
