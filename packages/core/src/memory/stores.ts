import type { Logger } from '../ports/logger.js';
import { MemoryBlobStore } from './blob-store.js';
import { MemoryBroadcaster } from './broadcaster.js';
import { MemoryCheckpointStore } from './checkpoint-store.js';
import { MemoryDedupeStore } from './dedupe-store.js';
import { type EventLogRetention, MemoryEventLog } from './event-log.js';
import { MemoryInteractionStore } from './interaction-store.js';
import { MemoryJobQueue } from './job-queue.js';

/** Every store of a bridge, as `createCallBridge({ stores })` takes them. */
export interface MemoryStores {
  interactions: MemoryInteractionStore;
  dedupe: MemoryDedupeStore;
  eventLog: MemoryEventLog;
  broadcaster: MemoryBroadcaster;
  jobs: MemoryJobQueue;
  blobs: MemoryBlobStore;
  checkpoints: MemoryCheckpointStore;
}

/** Options of `createMemoryStores`. */
export interface MemoryStoresOptions {
  /** Clock in ms since epoch shared by the stores that keep time. Default `Date.now`. */
  now?: () => number;
  /** Event log retention. */
  eventLog?: EventLogRetention;
  /** Where the job queue warns about a job that nothing processes yet (a bridge never started). */
  logger?: Logger;
}

/** Creates one in-memory implementation of every store: the embedded default for tests and demos. */
export function createMemoryStores(options: MemoryStoresOptions = {}): MemoryStores {
  const clock = options.now ? { now: options.now } : {};
  return {
    interactions: new MemoryInteractionStore(clock),
    dedupe: new MemoryDedupeStore(clock),
    eventLog: new MemoryEventLog({ ...options.eventLog, ...clock }),
    broadcaster: new MemoryBroadcaster(),
    jobs: new MemoryJobQueue(options.logger ? { logger: options.logger } : {}),
    blobs: new MemoryBlobStore(),
    checkpoints: new MemoryCheckpointStore(clock),
  };
}
