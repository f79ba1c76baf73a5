// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LIMIT_BYTES, measureBundle } from '../scripts/size.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe('browser bundle', () => {
  it('stays within 11 KB min+gzip and pulls no runtime code from @callbridge/core', async () => {
    // Core resolves to its sources: any value import would drag zod and libphonenumber-js in.
    const report = await measureBundle({
      entry: here('../src/index.ts'),
      alias: { '@callbridge/core': here('../../core/src/index.ts') },
    });
    expect(report.forbidden).toEqual([]);
    expect(report.inputs.some((i) => i.includes('eventsource-parser'))).toBe(true);
    expect(report.inputs.some((i) => i.includes('node_modules') && i.includes('wavesurfer'))).toBe(false);
    expect(report.gzipped).toBeLessThanOrEqual(LIMIT_BYTES);
  }, 30_000);

  it('builds in an app without the optional wavesurfer.js (a missing peer fails at run time only)', async () => {
    // Bundled as an app's bundler does, wavesurfer.js not external and not installed. esbuild,
    // webpack and Turbopack (Next.js) all fail the build on an import() they cannot resolve,
    // unless it is inside a try block.
    const result = await build({
      entryPoints: [here('../src/index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      logLevel: 'silent',
      external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
      alias: {
        '@callbridge/core': here('../../core/src/index.ts'),
        'wavesurfer.js': 'wavesurfer-js-not-installed',
      },
    }).catch((error: { errors?: Array<{ text: string }> }) => error);
    expect('errors' in result ? result.errors : []).toEqual([]);
  }, 30_000);

  it('detects server code when a value is imported from core', async () => {
    const report = await measureBundle({
      entry: here('./fixtures/value-import.ts'),
      alias: { '@callbridge/core': here('../../core/src/index.ts') },
    });
    expect(report.forbidden.length).toBeGreaterThan(0);
  }, 30_000);
});
