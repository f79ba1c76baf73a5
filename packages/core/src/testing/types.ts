/**
 * The slice of a test runner the conformance suites use, typed structurally so core needs no
 * test runner. Pass vitest's functions: `{ describe, it, expect, beforeEach, afterEach }`.
 */
export interface TestApi {
  describe: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => Promise<void> | void, timeoutMs?: number) => unknown;
  expect: (actual: unknown) => Matchers;
  beforeEach: (body: () => Promise<void> | void) => unknown;
  afterEach: (body: () => Promise<void> | void) => unknown;
}

/** The matchers the suites call (a subset of vitest's / Jest's). */
export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toBeNull(): void;
  toBeTruthy(): void;
  toHaveLength(length: number): void;
  toBeGreaterThan(value: number): void;
  toBeGreaterThanOrEqual(value: number): void;
  toBeLessThan(value: number): void;
  toBeLessThanOrEqual(value: number): void;
  toContain(item: unknown): void;
  toMatch(pattern: RegExp | string): void;
  not: Matchers;
}

/** What every conformance suite takes. */
export interface ConformanceOptions<Port> {
  /** Shown in the suite title, e.g. 'PostgresInteractionStore'. */
  name: string;
  /**
   * Called before each test. May return a shared instance: every test uses its own random
   * tenant ids and keys, so tests never see each other's data.
   */
  create: () => Promise<Port> | Port;
  /** Called after each test with what `create` returned (close connections, delete files). */
  cleanup?: (port: Port) => Promise<void> | void;
}
