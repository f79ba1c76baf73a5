// Shared by the packages' test/readme.test.ts files: extracts a README's fenced code blocks and
// type-checks the ones that cannot run on their own (React components, Next route files, snippets
// that elide their surroundings) against the BUILT packages' types (`dist/*.d.ts`, as a user gets
// them from npm: run `pnpm build` first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The fenced blocks of one language (`ts`, `tsx`, `js`...) in a README, in order. */
export function fencedBlocks(readme: string, language: string): string[] {
  return [...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (m) => m[1] as string,
  );
}

/** The one block of `language` that contains `marker` (fails loudly when none or several do). */
export function fencedBlock(readme: string, language: string, marker: string): string {
  const found = fencedBlocks(readme, language).filter((block) => block.includes(marker));
  if (found.length !== 1) {
    throw new Error(
      `Expected one \`\`\`${language} block containing ${JSON.stringify(marker)}, found ${found.length}`,
    );
  }
  return found[0] as string;
}

/** `text` with `from` replaced by `to`, failing when `from` is not in it (so a substitution never silently stops applying). */
export function substitute(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The snippet no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** `@callbridge/<name>[/<subpath>]` → the built declaration file its package.json `exports` names. */
function builtTypePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string;
      exports?: Record<string, string | { import?: { types?: string } }>;
    };
    for (const [subpath, target] of Object.entries(exports ?? {})) {
      const types = typeof target === 'object' ? target.import?.types : undefined;
      if (!types) continue;
      const file = join(root, 'packages', dir, types);
      if (!existsSync(file)) throw new Error(`${name}: ${types} is missing; run \`pnpm build\` first`);
      paths[subpath === '.' ? name : `${name}/${subpath.slice(2)}`] = [file];
    }
  }
  return paths;
}

/**
 * The options a user's strict project has (not this repository's extra `noUncheckedIndexedAccess`),
 * ESM, the DOM and Node's types, JSX for React.
 */
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  isolatedModules: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
  noEmit: true,
};

/** Parsed library and dependency files, shared by every check of one test file (they never change). */
const parsed = new Map<string, ts.SourceFile>();

export interface SnippetFile {
  /** Path under the package's `test/.readme/` (not written to disk), e.g. `lib/bridge.ts`. */
  path: string;
  text: string;
}

/**
 * Type-checks `files` as modules of the package in `packageDir` (its node_modules resolve
 * `express`, `react`...; every `@callbridge/*` import resolves to the built types). Answers the
 * diagnostics as `path:line:column message` lines: [] when every file type-checks.
 */
export function typecheckSnippets(packageDir: string | URL, files: SnippetFile[]): string[] {
  const base = join(
    typeof packageDir === 'string' ? packageDir : fileURLToPath(packageDir),
    'test',
    '.readme',
  );
  const virtual = new Map(files.map((file) => [resolve(base, file.path), file.text]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.getCurrentDirectory = () => dirname(base);
  host.fileExists = (name) => virtual.has(resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(resolve(name)) ?? readFile.call(host, name);
  host.directoryExists = (name) =>
    [...virtual.keys()].some((file) => file.startsWith(`${resolve(name)}/`)) ||
    (directoryExists?.call(host, name) ?? true);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const text = virtual.get(resolve(name));
    if (text !== undefined) return ts.createSourceFile(name, text, languageVersion, true);
    let source = parsed.get(name);
    if (!source) {
      source = getSourceFile.call(host, name, languageVersion, ...rest);
      if (source) parsed.set(name, source);
    }
    return source;
  };
  const program = ts.createProgram({
    rootNames: [...virtual.keys()],
    options: { ...options, paths: builtTypePaths() },
    host,
  });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...virtual.keys()].flatMap((name) => {
      const source = program.getSourceFile(name);
      return source
        ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
        : [];
    }),
  ];
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(base.length + 1)}:${line + 1}:${character + 1} ${message}`;
  });
}
