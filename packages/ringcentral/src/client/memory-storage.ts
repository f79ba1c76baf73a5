/**
 * A private token cache for one SDK instance. The SDK's default in Node is one in-memory store
 * shared by every instance of the process, so two tenants (or two tests) would overwrite each
 * other's tokens.
 */
export class MemoryTokenStorage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  keys(): string[] {
    return [...this.items.keys()];
  }
}
