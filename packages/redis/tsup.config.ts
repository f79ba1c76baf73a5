import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // The tsconfig maps workspace packages to their sources for type-checking; declarations must
  // reference the published @callbridge/core instead of inlining it.
  dts: { compilerOptions: { paths: {} } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
