import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

/**
 * One config for the whole workspace. Tests import packages by their npm names; the aliases
 * point those names at the sources so tests never need a build.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@callbridge\/core\/testing$/, replacement: src('core/src/testing.ts') },
      { find: /^@callbridge\/core\/node$/, replacement: src('core/src/node.ts') },
      { find: /^@callbridge\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@callbridge\/ringover\/testing$/, replacement: src('ringover/src/testing.ts') },
      { find: /^@callbridge\/ringover$/, replacement: src('ringover/src/index.ts') },
      { find: /^@callbridge\/ringcentral\/testing$/, replacement: src('ringcentral/src/testing.ts') },
      { find: /^@callbridge\/ringcentral$/, replacement: src('ringcentral/src/index.ts') },
      { find: /^@callbridge\/postgres$/, replacement: src('postgres/src/index.ts') },
      { find: /^@callbridge\/redis$/, replacement: src('redis/src/index.ts') },
      { find: /^@callbridge\/express$/, replacement: src('adapters-express/src/index.ts') },
      { find: /^@callbridge\/next$/, replacement: src('adapters-next/src/index.ts') },
      { find: /^@callbridge\/react$/, replacement: src('react/src/index.ts') },
    ],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'core', root: 'packages/core', environment: 'node' } },
      { extends: true, test: { name: 'ringover', root: 'packages/ringover', environment: 'node' } },
      { extends: true, test: { name: 'ringcentral', root: 'packages/ringcentral', environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'postgres',
          root: 'packages/postgres',
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'redis',
          root: 'packages/redis',
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'express', root: 'packages/adapters-express', environment: 'node' } },
      { extends: true, test: { name: 'next', root: 'packages/adapters-next', environment: 'node' } },
      { extends: true, test: { name: 'react', root: 'packages/react', environment: 'happy-dom' } },
    ],
  },
});
