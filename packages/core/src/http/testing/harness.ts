import type { CallBridge } from '../../bridge.js';
import type { ConformanceFixture } from './fixture.js';

/** A bridge served by the adapter under test. */
export interface ServedBridge {
  /** Sends a request to `path` (absolute path, query included) through the adapter. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** How an adapter serves a bridge for the conformance suite. */
export interface AdapterHarness {
  name: string;
  serve(bridge: CallBridge): Promise<ServedBridge>;
}

/** The test-runner functions the suite needs (vitest's, jest's and node:test's all fit). */
export interface SuiteApi {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>, timeoutMs?: number): void;
  beforeEach(body: () => Promise<void> | void): void;
  afterEach(body: () => Promise<void> | void): void;
}

/** What every conformance test gets: a fresh fixture and the adapter serving it. */
export interface ConformanceContext {
  fixture: ConformanceFixture;
  served: ServedBridge;
}

/** The bare web handler: `bridge.handle(new Request(...))`, no server. */
export const bareHandlerHarness: AdapterHarness = {
  name: 'bare handler',
  async serve(bridge) {
    return {
      fetch: (path, init) => bridge.handle(new Request(`http://bridge.test${path}`, init)),
      close: async () => undefined,
    };
  },
};
