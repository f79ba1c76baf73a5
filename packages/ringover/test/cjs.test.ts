import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The CommonJS entries must load where `require()` cannot load an ES module (Jest on Node 20, or
 * Node before require(esm)). jose 6 is ESM-only, so the CJS build bundles it while the ESM build
 * keeps importing it. The package's own tsup config is built here (without types) so the check
 * never reads a stale dist; the output sits under the package's node_modules so that
 * `@callbridge/core`, zod and msw resolve as they do for a user. `@callbridge/core` is its built
 * dist: build it first (`pnpm build`).
 */
const pkg = fileURLToPath(new URL('..', import.meta.url));
const out = join(pkg, 'node_modules', '.cache', `cjs-check-${process.pid}`);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Preloaded in the child: resolving jose throws, so a bundled copy is the only way to have it.
 * msw (from 2.13) cannot be required without require(esm) either (its own dependency rettime is
 * ESM-only): it is stubbed, since the signing helpers checked here do not use it.
 */
const preload = `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'jose' || request.startsWith('jose/')) throw new Error('jose was required: ' + request);
  return resolve.call(this, request, ...rest);
};
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'msw') return { http: {}, HttpResponse: class {} };
  return load.call(this, request, ...rest);
};
`;

/** Run in the child: sign with the testing entry, verify with the main entry, both CommonJS. */
const script = `const { verifyRingoverWebhook } = require('./index.cjs');
const { ringoverFixtures, signRingoverWebhook } = require('./testing.cjs');
(async () => {
  const body = ringoverFixtures['call/hangup'];
  const url = 'https://crm.example/api/v1/webhooks/ringover/acme';
  const settings = { secrets: { callEvents: 'call-events-key' } };
  const ok = await verifyRingoverWebhook(
    { body, url, headers: await signRingoverWebhook(body, 'call-events-key', { url }) },
    { settings },
  );
  let refused = null;
  try {
    await verifyRingoverWebhook(
      { body, url, headers: await signRingoverWebhook(body, 'another-key', { url }) },
      { settings },
    );
  } catch (error) {
    refused = error.code;
  }
  console.log(JSON.stringify({ scheme: ok.scheme, type: ok.type, refused }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

describe('CommonJS build', () => {
  it('loads and verifies without requiring jose, with require(esm) off (as under Jest)', async () => {
    const core = join(pkg, '..', 'core', 'dist', 'index.cjs');
    expect(existsSync(core), 'build @callbridge/core first (pnpm build)').toBe(true);
    mkdirSync(out, { recursive: true });
    // tsup reads its config and package.json from the working directory: run it in the package.
    const options = JSON.stringify({ outDir: out, dts: false, sourcemap: false, silent: true });
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { build } from 'tsup'; await build(${options});`],
      { cwd: pkg, stdio: 'pipe', timeout: 60_000 },
    );
    // The ESM build still imports jose as a dependency; the CJS build has no require("jose").
    const esm = readFileSync(join(out, 'index.js'), 'utf8');
    const chunks = esm.match(/from ["']\.\/(chunk-[\w-]+\.js)["']/g) ?? [];
    const esmAll = [esm, ...chunks.map((c) => readFileSync(join(out, c.slice(8, -1)), 'utf8'))].join('\n');
    expect(esmAll).toMatch(/from ["']jose["']/);
    for (const file of ['index.cjs', 'testing.cjs']) {
      const cjs = readFileSync(join(out, file), 'utf8');
      expect(cjs).not.toMatch(/require\(["']jose["']\)/);
      expect(cjs).toContain('Copyright (c) 2018 Filip Skokan'); // jose's MIT notice travels with it
    }

    writeFileSync(join(out, 'preload.cjs'), preload);
    writeFileSync(join(out, 'check.cjs'), script);
    const stdout = execFileSync(
      process.execPath,
      ['--no-experimental-require-module', '--require', './preload.cjs', 'check.cjs'],
      { cwd: out, encoding: 'utf8', timeout: 20_000 },
    );
    expect(JSON.parse(stdout)).toEqual({ scheme: 'jwt', type: 'call/hangup', refused: 'signature_invalid' });
  }, 30_000);
});
