/** Small durable JSON values: poller cursors, subscription state. */
export interface CheckpointStore {
  get<T = unknown>(key: string): Promise<T | null>;
  set<T = unknown>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}
