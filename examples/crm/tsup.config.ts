import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { main: 'server/main.ts' },
  outDir: 'dist-server',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  // Workspace packages and npm dependencies stay imports; only the app's own code is bundled.
  skipNodeModulesBundle: true,
});
