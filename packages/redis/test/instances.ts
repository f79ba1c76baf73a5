import {
  type CallBridge,
  type CallBridgeConfig,
  type CallbridgeProvider,
  createCallBridge,
  MemoryContactDirectory,
  type StreamEvent,
  staticTenants,
} from '@callbridge/core';
import { createPostgresStores, fromPgPool, migrate } from '@callbridge/postgres';
import pg from 'pg';
import { createRedisPorts, type RedisPorts } from '../src/ports.js';
import { TENANT } from './tenant.js';
import { testProvider } from './webhooks.js';

/** The Postgres of this machine, or undefined (suites skip). */
export const pgUrl = process.env.CALLBRIDGE_PG_URL;

export { TENANT } from './tenant.js';

/** A schema no other test file (or run) uses. */
export function uniqueSchema(label: string): string {
  return `cb_redis_${label}_${crypto.randomUUID().slice(0, 8)}`;
}

/** Creates the callbridge tables in `schema` (migrate is safe to call concurrently). */
export async function migrateSchema(url: string, schema: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migrate(fromPgPool(pool), { schema });
  } finally {
    await pool.end();
  }
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await pool.end();
  }
}

/** Counts the interaction rows of a schema (as the table owner: no row-level security). */
export async function countRecords(url: string, schema: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const res = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".interactions`);
    return Number(res.rows[0]?.n ?? -1);
  } finally {
    await pool.end();
  }
}

/** One instance of a CRM: its own pg pool, its own Redis connections, one bridge. */
export interface Instance {
  bridge: CallBridge;
  redis: RedisPorts;
  pool: pg.Pool;
  /** Every stream event this instance's subscriber received, in arrival order. */
  seen: StreamEvent[];
  /** Closes the bridge, then the Redis ports, then the pool; later calls return the first one's promise. */
  close(): Promise<void>;
}

export interface InstanceOptions {
  pgUrl: string;
  /** Connect to Postgres here instead of `pgUrl` (e.g. a proxy that can be taken down). */
  pgConnectionString?: string;
  schema: string;
  redisUrl: string;
  prefix: string;
  /** Default: the Ringover provider of `webhooks.ts`. */
  provider?: CallbridgeProvider;
  /** Extra pg Pool settings. */
  pool?: pg.PoolConfig;
  /** Extra bridge settings (e.g. `dedupe.claimTtlMs`). */
  bridge?: Partial<CallBridgeConfig>;
}

/** Builds and starts one instance and subscribes to the tenant's stream on it. */
export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const pool = new pg.Pool({
    connectionString: options.pgConnectionString ?? options.pgUrl,
    max: 8,
    ...options.pool,
  });
  pool.on('error', () => {});
  const postgres = await createPostgresStores({ pool, schema: options.schema, migrate: false });
  const redis = createRedisPorts({
    url: options.redisUrl,
    prefix: options.prefix,
    redisOptions: { maxRetriesPerRequest: 3 },
  });
  const bridge = createCallBridge({
    providers: [options.provider ?? testProvider()],
    tenants: staticTenants([{ ...TENANT }]),
    authenticate: () => null,
    contacts: new MemoryContactDirectory(),
    stores: {
      interactions: postgres.interactions,
      eventLog: postgres.eventLog,
      checkpoints: postgres.checkpoints,
      dedupe: redis.dedupe,
      broadcaster: redis.broadcaster,
      jobs: redis.jobs,
    },
    ...options.bridge,
  });
  await bridge.start();
  const seen: StreamEvent[] = [];
  await bridge.runtime.broadcaster.subscribe(TENANT.id, (event) => seen.push(event));
  let closing: Promise<void> | undefined;
  return {
    bridge,
    redis,
    pool,
    seen,
    close() {
      closing ??= (async () => {
        await bridge.close();
        await redis.close();
        await pool.end();
      })();
      return closing;
    },
  };
}
