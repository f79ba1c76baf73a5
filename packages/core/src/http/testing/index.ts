export type { AdapterConformanceOptions } from './adapter-conformance.js';
export { runAdapterConformance } from './adapter-conformance.js';
export { assert, assertEqual, eventually, expectProblem } from './assert.js';
export type { FakeCall, FakeProvider, FakeProviderOptions, FakeWebhookBody } from './fake-provider.js';
export { createFakeProvider, FAKE_SIGNATURE_HEADER, fakeSignature } from './fake-provider.js';
export type { ConformanceFixture } from './fixture.js';
export {
  CONFORMANCE_LOG_SIZE,
  CONFORMANCE_MAX_BODY,
  CONFORMANCE_TENANTS,
  CountingBroadcaster,
  createConformanceFixture,
} from './fixture.js';
export type { AdapterHarness, ConformanceContext, ServedBridge, SuiteApi } from './harness.js';
export { bareHandlerHarness } from './harness.js';
export type { ReceivedSse } from './sse-reader.js';
export { SseReader } from './sse-reader.js';
export { createWebhookContext, type WebhookContextInit } from './webhook-context.js';
