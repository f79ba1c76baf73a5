// One-off generator kept for adding packages: writes package.json, tsconfig.json and tsup.config.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name, entriesArg = 'index', description = ''] = process.argv.slice(2);
const entries = entriesArg.split(',');
const exp = {};
for (const e of entries) {
  const key = e === 'index' ? '.' : `./${e}`;
  exp[key] = {
    import: { types: `./dist/${e}.d.ts`, default: `./dist/${e}.js` },
    require: { types: `./dist/${e}.d.cts`, default: `./dist/${e}.cjs` },
  };
}
exp['./package.json'] = './package.json';
const pkg = {
  name,
  version: '0.1.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.19' },
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.ts',
  exports: exp,
  files: ['dist', 'README.md'],
  scripts: {
    build: 'tsup',
    typecheck: 'tsc -p tsconfig.json',
  },
  dependencies: {},
  devDependencies: {},
};
mkdirSync(join(dir, 'src'), { recursive: true });
if (!existsSync(join(dir, 'package.json')))
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  join(dir, 'tsconfig.json'),
  `${JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src', 'test'] }, null, 2)}\n`,
);
writeFileSync(
  join(dir, 'tsup.config.ts'),
  `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { ${entries.map((e) => `'${e}': 'src/${e}.ts'`).join(', ')} },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
`,
);
