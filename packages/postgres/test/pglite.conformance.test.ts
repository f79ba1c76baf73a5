import { fromPGlite } from '@callbridge/postgres';
import { runConformance } from './conformance.js';
import { sharedPGlite } from './helpers.js';

// Always runs: PGlite is real Postgres in process. One database for the file, one schema.
runConformance('PGlite', async () => fromPGlite(await sharedPGlite()), 'cb_conformance', 3000);
