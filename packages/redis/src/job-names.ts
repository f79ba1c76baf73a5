import type { Queue } from 'bullmq';

/**
 * The job names a BullMQ job queue has seen, kept in a Redis hash so that `failed()` without a
 * name finds the jobs of every instance, also of names this instance never used.
 */
export class JobNames {
  readonly #known = new Set<string>();

  /**
   * @param meta the queue whose connection holds the hash (opened when first needed)
   * @param key the hash's key
   */
  constructor(
    private readonly meta: () => Queue,
    private readonly key: string,
  ) {}

  /** Records `name` in Redis, once per instance. */
  async remember(name: string): Promise<void> {
    if (this.#known.has(name)) return;
    const client = await this.meta().client;
    await client.hset(this.key, { [name]: '1' });
    this.#known.add(name);
  }

  /** Every name recorded by any instance, sorted. */
  async all(): Promise<string[]> {
    const client = await this.meta().client;
    const names = await client.hgetall(this.key);
    return Object.keys(names).sort();
  }
}
