import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // Without the source paths of tsconfig.json: core's types stay an import of @callbridge/core.
  tsconfig: 'tsconfig.build.json',
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Every export is a hook or a client component: Next.js App Router needs the directive, and
  // tsup drops directives from sources, so it goes in as a banner.
  banner: { js: '"use client";' },
  external: ['react', 'react-dom', 'wavesurfer.js'],
  esbuildOptions(options) {
    // Each .tsx file's automatic JSX import becomes src/jsx-runtime.ts, which re-exports
    // react/jsx-runtime: one such import in the bundle instead of one per file.
    options.jsxImportSource = fileURLToPath(new URL('./src', import.meta.url));
  },
});
