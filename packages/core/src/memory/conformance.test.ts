import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interactionStoreConformance } from '../testing/index.js';
import { MemoryInteractionStore } from './interaction-store.js';

const t = { describe, it, expect, beforeEach, afterEach };

interactionStoreConformance(t, {
  name: 'MemoryInteractionStore',
  create: () => new MemoryInteractionStore(),
});
