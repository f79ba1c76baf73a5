interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Combines concurrent calls per key into one flush, with at most one flush per key in flight:
 * the first call flushes at once; calls made meanwhile wait and go together in the next flush.
 * This is group commit done in the client: N concurrent writes to one hot row cost about one
 * transaction (and one WAL flush) instead of N serialized ones.
 */
export class KeyedBatcher<I, O> {
  readonly #pending = new Map<string, Waiting<I, O>[]>();
  readonly #running = new Set<string>();
  readonly #flush: (key: string, items: I[]) => Promise<O[]>;
  readonly #max: number;
  readonly #itemError: (error: unknown) => boolean;

  /**
   * `flush` must return one output per item, in order; when it throws, every item rejects, except
   * when `itemError` says the error may come from one item (bad data) and left nothing written:
   * then each item of the batch is flushed again on its own, in order, so only the bad one fails.
   */
  constructor(
    flush: (key: string, items: I[]) => Promise<O[]>,
    maxBatch: number,
    itemError: (error: unknown) => boolean = () => false,
  ) {
    this.#flush = flush;
    this.#max = Math.max(1, maxBatch);
    this.#itemError = itemError;
  }

  /** Queues `item` under `key`; resolves with its output once its batch is flushed. */
  add(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      let list = this.#pending.get(key);
      if (!list) {
        list = [];
        this.#pending.set(key, list);
      }
      list.push({ item, resolve, reject });
      if (!this.#running.has(key)) void this.#drain(key);
    });
  }

  async #drain(key: string): Promise<void> {
    this.#running.add(key);
    try {
      for (;;) {
        const list = this.#pending.get(key);
        if (!list || list.length === 0) break;
        const batch = list.splice(0, this.#max);
        if (list.length === 0) this.#pending.delete(key);
        await this.#flushBatch(key, batch, true);
      }
    } finally {
      this.#running.delete(key);
    }
  }

  async #flushBatch(key: string, batch: Waiting<I, O>[], split: boolean): Promise<void> {
    try {
      const out = await this.#flush(
        key,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => {
        w.resolve(out[i] as O);
      });
    } catch (error) {
      if (split && batch.length > 1 && this.#itemError(error)) {
        for (const w of batch) await this.#flushBatch(key, [w], false);
        return;
      }
      for (const w of batch) w.reject(error);
    }
  }
}
