import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  blobStoreConformance,
  broadcasterConformance,
  caseResolverConformance,
  checkpointStoreConformance,
  contactDirectoryConformance,
  dedupeStoreConformance,
  eventLogConformance,
  interactionStoreConformance,
  jobQueueConformance,
} from '../testing/index.js';
import { MemoryBlobStore } from './blob-store.js';
import { MemoryBroadcaster, MemoryBroadcastHub } from './broadcaster.js';
import { MemoryCaseResolver } from './case-resolver.js';
import { MemoryCheckpointStore } from './checkpoint-store.js';
import { MemoryContactDirectory } from './contact-directory.js';
import { MemoryDedupeStore } from './dedupe-store.js';
import { MemoryEventLog } from './event-log.js';
import { MemoryInteractionStore } from './interaction-store.js';
import { MemoryJobQueue } from './job-queue.js';

const t = { describe, it, expect, beforeEach, afterEach };

interactionStoreConformance(t, {
  name: 'MemoryInteractionStore',
  create: () => new MemoryInteractionStore(),
});
dedupeStoreConformance(t, { name: 'MemoryDedupeStore', create: () => new MemoryDedupeStore() });
eventLogConformance(t, { name: 'MemoryEventLog (default retention)', create: () => new MemoryEventLog() });
eventLogConformance(t, {
  name: 'MemoryEventLog (small retention)',
  create: () => new MemoryEventLog({ maxEventsPerTenant: 50, maxAgeMs: 100 }),
  retention: { maxEventsPerTenant: 50, maxAgeMs: 100 },
});
broadcasterConformance(t, {
  name: 'MemoryBroadcaster',
  create: () => new MemoryBroadcaster(),
  cleanup: (broadcaster) => broadcaster.close?.(),
  createPair: () => {
    const hub = new MemoryBroadcastHub();
    return [new MemoryBroadcaster({ hub }), new MemoryBroadcaster({ hub })];
  },
});
jobQueueConformance(t, { name: 'MemoryJobQueue', create: () => new MemoryJobQueue() });
blobStoreConformance(t, { name: 'MemoryBlobStore', create: () => new MemoryBlobStore() });
checkpointStoreConformance(t, { name: 'MemoryCheckpointStore', create: () => new MemoryCheckpointStore() });
contactDirectoryConformance(t, {
  name: 'MemoryContactDirectory',
  create: ({ contacts }) => new MemoryContactDirectory(contacts),
});
caseResolverConformance(t, {
  name: 'MemoryCaseResolver',
  create: ({ cases }) => new MemoryCaseResolver(cases),
});
