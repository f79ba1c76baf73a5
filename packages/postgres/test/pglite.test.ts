import { beforeAll, describe } from 'vitest';
import { fromPGlite, migrate } from '../src/index.js';
import { runConformance } from './conformance.js';
import { sharedPGlite } from './helpers.js';
import { invariantTests } from './invariants.js';

// Always runs: PGlite is real Postgres in process. Opening one is slow on a busy machine, so this
// file shares one in-memory database between every suite, each in its own schema.
const client = async () => fromPGlite(await sharedPGlite());

// Opening PGlite runs initdb in WebAssembly: seconds on an idle machine, more on a busy one.
beforeAll(async () => {
  await (await sharedPGlite()).waitReady;
}, 180_000);

runConformance('PGlite', client, 'cb_conformance', 3000);

describe('invariants on PGlite', () => {
  const schema = 'cb_invariants';
  let migrated: Promise<unknown> | null = null;
  const ready = async () => {
    const c = await client();
    migrated ??= migrate(c, { schema });
    await migrated;
    return c;
  };
  invariantTests({ client: ready, schema });
});
