import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * jose 6 is ESM-only, and a `require("jose")` fails where require() cannot load an ES module
 * (Jest on Node 20). So the CommonJS build bundles jose, and the ESM build keeps importing it as
 * a dependency: `noExternal` lets jose in, and this plugin sends it back out of the ESM build.
 */
const joseExternalInEsm: EsbuildPlugin = {
  name: 'jose-external-in-esm',
  setup(build) {
    if (build.initialOptions.format === 'cjs') return;
    build.onResolve({ filter: /^jose(\/|$)/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** jose's dist has no legal comment for esbuild to keep: its MIT notice heads the CJS files. */
const joseLicense = readFileSync(new URL('./node_modules/jose/LICENSE.md', import.meta.url), 'utf8');
const cjsBanner = `/*!\n * The CommonJS build bundles jose (https://github.com/panva/jose):\n *\n${joseLicense
  .trim()
  .split('\n')
  .map((line) => ` * ${line}`.trimEnd())
  .join('\n')}\n */`;

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  noExternal: ['jose'],
  esbuildPlugins: [joseExternalInEsm],
  banner: ({ format }) => (format === 'cjs' ? { js: cjsBanner } : {}),
});
