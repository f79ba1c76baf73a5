import type { CheckpointStore } from '@callbridge/core';
import { checkpointStoreConformance } from '@callbridge/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** A CheckpointStore over any string key-value store: here a Map, in your app Redis, SQL, KV... */
class KvCheckpointStore implements CheckpointStore {
  readonly #kv = new Map<string, string>();

  async get<T>(key: string): Promise<T | null> {
    const text = this.#kv.get(key);
    return text === undefined ? null : (JSON.parse(text) as T);
  }

  async set<T>(key: string, value: T): Promise<void> {
    this.#kv.set(key, JSON.stringify(value));
  }

  async delete(key: string): Promise<void> {
    this.#kv.delete(key);
  }
}

checkpointStoreConformance(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'KvCheckpointStore', create: () => new KvCheckpointStore() },
);
