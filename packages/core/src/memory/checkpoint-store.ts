import type { CheckpointStore } from '../ports/checkpoints.js';

/**
 * `CheckpointStore` in process memory. Values go through JSON like in a durable store, so what
 * `get` returns never aliases what was `set` and non-JSON values fail early.
 */
export class MemoryCheckpointStore implements CheckpointStore {
  readonly #values = new Map<string, string>();

  async get<T = unknown>(key: string): Promise<T | null> {
    const json = this.#values.get(key);
    return json === undefined ? null : (JSON.parse(json) as T);
  }

  async set<T = unknown>(key: string, value: T): Promise<void> {
    this.#values.set(key, JSON.stringify(value));
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }
}
