import { afterAll, beforeAll } from 'vitest';
import {
  dropSchema,
  type Instance,
  type InstanceOptions,
  migrateSchema,
  pgUrl,
  startInstance,
  uniqueSchema,
} from './instances.js';
import { deletePrefix, redisUrl, testClient, uniquePrefix } from './support.js';

// Hooks registered here run inside the calling `describe`: before-hooks in the order they were
// registered, after-hooks in reverse (vitest's default `sequence.hooks: 'stack'`). So what a
// suite sets up after calling these helpers is torn down before their own cleanup runs.

/** Suites on the machine's Postgres and Redis skip unless both URLs are set. */
export const withoutServers = !pgUrl || !redisUrl;

/** A schema of its own for the calling suite: migrated before all its tests, dropped after. */
export function useSchema(label: string): string {
  const schema = uniqueSchema(label);
  beforeAll(() => migrateSchema(pgUrl!, schema));
  afterAll(() => dropSchema(pgUrl!, schema));
  return schema;
}

/** A key prefix of its own for the calling suite: its keys are deleted after all its tests. */
export function usePrefix(label: string): string {
  const prefix = uniquePrefix(label);
  afterAll(async () => {
    const admin = testClient();
    await deletePrefix(admin, prefix);
    await admin.quit();
  });
  return prefix;
}

/** Starts two instances with the same settings (two CRM processes sharing the stores). */
export function startTwo(options: InstanceOptions): Promise<[Instance, Instance]> {
  return Promise.all([startInstance(options), startInstance(options)]);
}

export interface TwoInstances {
  readonly schema: string;
  readonly prefix: string;
  /** Set once the suite's before-hooks ran. */
  readonly a: Instance;
  readonly b: Instance;
}

/**
 * Two instances on the machine's Postgres and Redis, sharing a schema and key prefix of their
 * own: started before all tests of the calling suite, closed after them, then cleaned up.
 */
export function twoInstances(label: string, options: Pick<InstanceOptions, 'bridge'> = {}): TwoInstances {
  const schema = useSchema(label);
  const prefix = usePrefix(label);
  const pair = { schema, prefix } as { -readonly [K in keyof TwoInstances]: TwoInstances[K] };
  beforeAll(async () => {
    [pair.a, pair.b] = await startTwo({ pgUrl: pgUrl!, schema, redisUrl: redisUrl!, prefix, ...options });
  });
  afterAll(async () => {
    await Promise.all([pair.a?.close(), pair.b?.close()]);
  });
  return pair;
}
