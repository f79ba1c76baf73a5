import type { InteractionStore } from '../ports/interactions.js';
import { suite } from './helpers.js';
import { interactionMergeTests } from './interaction-merge.js';
import { interactionQueryTests } from './interaction-query.js';
import type { ConformanceOptions, TestApi } from './types.js';

/**
 * The `InteractionStore` contract: the `mergeInteraction` rules through `upsert` (stale events,
 * out-of-order convergence, no erase, insights newer-wins), atomicity under 50 concurrent
 * upserts, tenant and source isolation, 20-digit ids byte for byte, list filters, order and cursor
 * paging, and stats per UTC day.
 *
 * ```ts
 * import { afterEach, beforeEach, describe, expect, it } from 'vitest';
 * interactionStoreConformance({ describe, it, expect, beforeEach, afterEach }, {
 *   name: 'MyStore', create: () => new MyStore(),
 * });
 * ```
 */
export function interactionStoreConformance(t: TestApi, options: ConformanceOptions<InteractionStore>): void {
  suite(t, 'InteractionStore', options, (store) => {
    interactionMergeTests(t, store);
    interactionQueryTests(t, store);
  });
}
