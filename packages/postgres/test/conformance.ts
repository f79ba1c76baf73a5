import {
  caseResolverConformance,
  checkpointStoreConformance,
  contactDirectoryConformance,
  dedupeStoreConformance,
  eventLogConformance,
  interactionStoreConformance,
} from '@callbridge/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  migrate,
  PostgresCaseResolver,
  PostgresCheckpointStore,
  PostgresContactDirectory,
  PostgresDedupeStore,
  PostgresEventLog,
  PostgresInteractionStore,
  type SqlClient,
} from '../src/index.js';
import { caseTable, contactTable, seedCases, seedContacts } from './directory-seed.js';

const t = { describe, it, expect, beforeEach, afterEach };

/**
 * Every core conformance suite of the stores on one database. `client` resolves once the
 * database is up; `schema` is migrated on first use.
 */
export function runConformance(
  driver: string,
  client: () => Promise<SqlClient>,
  schema: string,
  maxAgeMs: number,
): void {
  let migrated: Promise<SqlClient> | null = null;
  const ready = () => {
    migrated ??= client().then(async (c) => {
      await migrate(c, { schema });
      return c;
    });
    return migrated;
  };
  const opts = async () => ({ client: await ready(), schema });

  interactionStoreConformance(t, {
    name: `PostgresInteractionStore (${driver})`,
    create: async () => new PostgresInteractionStore(await opts()),
  });
  eventLogConformance(t, {
    name: `PostgresEventLog by count (${driver})`,
    create: async () => new PostgresEventLog({ ...(await opts()), maxEventsPerTenant: 10 }),
    retention: { maxEventsPerTenant: 10 },
  });
  eventLogConformance(t, {
    name: `PostgresEventLog by age (${driver})`,
    create: async () => new PostgresEventLog({ ...(await opts()), maxAgeMs }),
    retention: { maxAgeMs },
  });
  checkpointStoreConformance(t, {
    name: `PostgresCheckpointStore (${driver})`,
    create: async () => new PostgresCheckpointStore(await opts()),
    expiry: true,
  });
  dedupeStoreConformance(t, {
    name: `PostgresDedupeStore (${driver})`,
    create: async () => new PostgresDedupeStore(await opts()),
  });
  contactDirectoryConformance(t, {
    name: `PostgresContactDirectory (${driver})`,
    create: async ({ contacts }) => {
      const c = await ready();
      const config = contactTable(schema);
      await seedContacts(c, config, contacts);
      return new PostgresContactDirectory({ client: c, ...config });
    },
  });
  caseResolverConformance(t, {
    name: `PostgresCaseResolver (${driver})`,
    create: async ({ cases }) => {
      const c = await ready();
      const config = caseTable(schema);
      await seedCases(c, config, cases);
      return new PostgresCaseResolver({ client: c, ...config });
    },
  });
}
