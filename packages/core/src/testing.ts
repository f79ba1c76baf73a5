/**
 * @callbridge/core/testing: conformance suites every port implementation runs, plus helpers for
 * integrators' own tests. Suites take vitest's `describe`/`it`/`expect` so core has no test
 * runner dependency.
 */

export * from './http/testing/index.js';
export * from './testing/index.js';
