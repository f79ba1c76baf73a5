#!/usr/bin/env node
// Bundle-size budget of @callbridge/react: minified + gzipped, with react, react-dom and
// wavesurfer.js external (eventsource-parser is counted: apps ship it). Also proves the bundle
// pulls nothing from @callbridge/core at runtime (no zod, no libphonenumber-js, no server code).
//   pnpm --filter @callbridge/react run size      (checks dist/index.js; run the build first)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The budget in bytes (min + gzip). */
export const LIMIT_BYTES = 11 * 1024;

/**
 * Where JSX imports its runtime from, as tsup.config.ts builds it: src/jsx-runtime.ts, one import
 * of react/jsx-runtime for every component (measuring the sources needs it to match the build).
 */
const JSX_IMPORT_SOURCE = fileURLToPath(new URL('../src', import.meta.url));

/** Inputs that must never reach the browser bundle. */
const FORBIDDEN_INPUT = [
  /node_modules\/(\.pnpm\/)?zod/,
  /libphonenumber-js/,
  /packages\/core\//,
  /@callbridge\/core/,
];

/**
 * Bundles `entry` like an app would and measures it.
 * @param {{ entry: string, alias?: Record<string, string> }} options
 */
export async function measureBundle({ entry, alias = {} }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: JSX_IMPORT_SOURCE,
    write: false,
    metafile: true,
    logLevel: 'silent',
    alias,
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'wavesurfer.js'],
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((input) => FORBIDDEN_INPUT.some((re) => re.test(input)));
  if (/\bzod\b/.test(code)) forbidden.push('the string "zod" in the output');
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs, forbidden, code };
}

const isMain = import.meta.url === new URL(process.argv[1] ?? '', 'file:').href;
if (isMain) {
  const entry = new URL('../dist/index.js', import.meta.url).pathname;
  const report = await measureBundle({ entry }).catch((error) => {
    console.error(
      `Could not bundle ${entry}: ${error.message}\nRun \`pnpm --filter @callbridge/react build\` first.`,
    );
    process.exit(1);
  });
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  console.log(
    `@callbridge/react: ${kb(report.minified)} minified, ${kb(report.gzipped)} min+gzip (limit ${kb(LIMIT_BYTES)})`,
  );
  let failed = false;
  if (report.gzipped > LIMIT_BYTES) {
    console.error('Over budget: move code out of the main entry or lazy-load it.');
    failed = true;
  }
  if (report.forbidden.length > 0) {
    console.error(
      `Server code in the browser bundle: ${report.forbidden.join(', ')}. Import core with \`import type\` only.`,
    );
    failed = true;
  }
  for (const file of ['index.js', 'index.cjs']) {
    const path = new URL(`../dist/${file}`, import.meta.url);
    if (!readFileSync(path, 'utf8').startsWith('"use client";')) {
      console.error(`dist/${file} does not start with "use client": check the banner in tsup.config.ts.`);
      failed = true;
    }
  }
  for (const file of ['styles.css', 'styles.css.d.ts', 'styles.css.d.cts']) {
    if (!existsSync(new URL(`../dist/${file}`, import.meta.url))) {
      console.error(`dist/${file} is missing: the build runs scripts/copy-styles.mjs after tsup.`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}
