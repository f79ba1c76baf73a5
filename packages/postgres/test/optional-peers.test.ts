// The package's built declarations as a user compiles them: `pg` and `@electric-sql/pglite` are both
// optional peers, so a project that installed only one of them must type-check with
// `skipLibCheck: false` (no import of the other's types), and its real `pg.Pool` or `PGlite` must
// fit every signature that takes one. Runs on `dist/` (run `pnpm build` first), ESM and CommonJS.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const coreDir = fileURLToPath(new URL('../../core', import.meta.url));
const projects: string[] = [];

afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

/** The workspace's installed copy of `name` (resolved from this package, as pnpm linked it). */
function installed(name: string): string {
  return realpathSync(join(packageDir, 'node_modules', name));
}

/**
 * A user's project under the OS temp directory: `@callbridge/postgres` as npm would unpack it (its
 * package.json and dist copied, so nothing resolves from this package's own node_modules),
 * `@callbridge/core` (a dependency, always installed), the given peers and the source files.
 */
function userProject(peers: string[], files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'callbridge-peers-'));
  projects.push(dir);
  const modules = join(dir, 'node_modules');
  const pkg = join(modules, '@callbridge', 'postgres');
  mkdirSync(pkg, { recursive: true });
  cpSync(join(packageDir, 'package.json'), join(pkg, 'package.json'));
  cpSync(join(packageDir, 'dist'), join(pkg, 'dist'), { recursive: true });
  const link = (name: string, target: string) => {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(target, join(modules, name), 'dir');
  };
  link('@callbridge/core', coreDir);
  for (const name of peers) link(name, installed(name));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'user-app', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
        },
        include: Object.keys(files),
      },
      null,
      2,
    ),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Parsed files by path, shared by both projects (the standard library's alone take a second). */
const parsedFiles = new Map<string, ts.SourceFile>();

/**
 * `tsc -p <dir>` as far as this package is concerned: the diagnostics of the project's options, of
 * its own files and of `@callbridge/postgres`'s declaration files (checked, as `skipLibCheck: false`
 * does), as `file:line:column TScode message` ([] when they compile). A TS2307 for a missing peer is
 * reported in the file that imports it. Other packages' declarations are left unchecked: they are
 * theirs (checking core's zod types alone takes seconds, and PGlite's own need @types/emscripten).
 */
function compile(dir: string): string[] {
  const configPath = join(dir, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dir, undefined, configPath);
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile } = host;
  host.getSourceFile = (name, languageVersion, ...rest) => {
    let source = parsedFiles.get(name);
    if (!source) {
      source = getSourceFile.call(host, name, languageVersion, ...rest);
      if (source) parsedFiles.set(name, source);
    }
    return source;
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const ours = program.getSourceFiles().filter((file) => file.fileName.startsWith(`${dir}/`));
  const diagnostics = [
    ...parsed.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ]),
  ];
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    const file = d.file.fileName.startsWith(dir) ? d.file.fileName.slice(dir.length + 1) : d.file.fileName;
    return `${file}:${line + 1}:${character + 1} TS${d.code} ${message}`;
  });
}

/** Uses every export that takes a pg Pool; `pool` comes from `pgImport`. */
const pgUse = (pgImport: string) => `${pgImport}
import {
  createPostgresStores,
  fromPgPool,
  PostgresBroadcaster,
  type PostgresStoresOptions,
  type SqlClient,
} from '@callbridge/postgres';

const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1/app' });
const client: SqlClient = fromPgPool(pool);
const options: PostgresStoresOptions = { pool, migrate: false };
const broadcaster = new PostgresBroadcaster({ pool, schema: 'callbridge' });
async function main(): Promise<void> {
  const stores = await createPostgresStores({ ...options, broadcaster: true });
  await stores.broadcaster?.close();
  await broadcaster.close();
  await client.query('SELECT 1');
}
void main;
`;

/** Uses every export that takes a PGlite; `PGlite` comes from `pgliteImport`. */
const pgliteUse = (pgliteImport: string) => `${pgliteImport}
import { createPGliteStores, fromPGlite, type SqlClient } from '@callbridge/postgres';

const db = new PGlite();
const client: SqlClient = fromPGlite(db);
// PGlite's interface of an open database (a PGliteWorker's too) is taken as well.
const viaInterface: PGliteInterface = db;
fromPGlite(viaInterface);
async function main(): Promise<void> {
  const own = await createPGliteStores({ db, migrate: false });
  // The database handed in comes back with its own type.
  const same: PGlite = own.db;
  await same.close();
  const opened = await createPGliteStores({ dataDir: './.data/callbridge' });
  await opened.db.query('SELECT 1');
  await opened.close();
  await client.exec('SELECT 1');
}
void main;
`;

describe('the built types with only one optional peer installed (skipLibCheck: false)', () => {
  it('has the declaration files to check', () => {
    for (const file of ['index.d.ts', 'index.d.cts']) {
      expect(existsSync(join(packageDir, 'dist', file)), `dist/${file}: run \`pnpm build\` first`).toBe(true);
    }
  });

  it('compiles a pg-only project (pg + @types/pg), ESM and CommonJS', () => {
    const dir = userProject(['pg', '@types/pg'], {
      'app.ts': pgUse("import pg from 'pg';"),
      'app-cjs.cts': pgUse("import pg = require('pg');"),
    });
    expect(compile(dir)).toEqual([]);
  });

  it('compiles a PGlite-only project, ESM and CommonJS', () => {
    const dir = userProject(['@electric-sql/pglite'], {
      'app.ts': pgliteUse("import { PGlite, type PGliteInterface } from '@electric-sql/pglite';"),
      'app-cjs.cts': pgliteUse("import { PGlite, type PGliteInterface } from '@electric-sql/pglite';"),
    });
    expect(compile(dir)).toEqual([]);
  });
});
