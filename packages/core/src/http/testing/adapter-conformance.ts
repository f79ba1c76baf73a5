import { callsConformance } from './conformance-calls.js';
import { streamConformance } from './conformance-stream.js';
import { webhookConformance } from './conformance-webhooks.js';
import { createConformanceFixture } from './fixture.js';
import type { AdapterHarness, ConformanceContext, SuiteApi } from './harness.js';

/** Options of {@link runAdapterConformance}. */
export interface AdapterConformanceOptions {
  /** Base path of the fixture bridge. Default `/api/v1`. */
  basePath?: string;
}

/**
 * The one conformance suite every adapter of `bridge.handle` passes: every route and status
 * (200, 400, 401, 404, 405, 413 while streaming, 415, 500, 503), raw-body integrity, SSE framing,
 * heartbeats, resume without gap or duplicate, resync, cleanup on abort, and tenant isolation.
 *
 * ```ts
 * import { describe, it, beforeEach, afterEach } from 'vitest';
 * runAdapterConformance(myHarness, { describe, it, beforeEach, afterEach });
 * ```
 */
export function runAdapterConformance(
  harness: AdapterHarness,
  t: SuiteApi,
  options: AdapterConformanceOptions = {},
): void {
  let current: ConformanceContext | null = null;
  const ctx = (): ConformanceContext => {
    if (!current) throw new Error('Conformance: no fixture (beforeEach did not run).');
    return current;
  };
  t.describe(`adapter conformance: ${harness.name}`, () => {
    t.beforeEach(async () => {
      const fixture = createConformanceFixture({ basePath: options.basePath ?? '/api/v1' });
      current = { fixture, served: await harness.serve(fixture.bridge) };
    });
    t.afterEach(async () => {
      const finished = current;
      current = null;
      await finished?.served.close();
      await finished?.fixture.bridge.close();
    });
    webhookConformance(t, ctx);
    streamConformance(t, ctx);
    callsConformance(t, ctx);
  });
}
