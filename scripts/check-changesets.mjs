#!/usr/bin/env node
// Every .changeset/*.md must have the front matter `changeset version` reads: a `---` line, one
// `"<workspace package>": patch|minor|major` line per package, a `---` line, then the summary.
// (A markdown formatter once turned two of them into headings, which the CLI refuses.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(new URL('.', import.meta.url).pathname, '..');
const packages = new Set(
  readdirSync(join(root, 'packages')).map(
    (dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).name,
  ),
);
const dir = join(root, '.changeset');
const problems = [];
let count = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  count += 1;
  const text = readFileSync(join(dir, name), 'utf8');
  const match = /^---\n((?:"[^"\n]+": (?:patch|minor|major)\n)+)---\n\n?(\S[\s\S]*)$/.exec(text);
  if (!match) {
    problems.push(`${name}: the front matter is not \`---\` / "<package>": patch|minor|major / \`---\``);
    continue;
  }
  for (const line of match[1].trim().split('\n')) {
    const pkg = /^"([^"]+)"/.exec(line)?.[1];
    if (!packages.has(pkg)) problems.push(`${name}: "${pkg}" is not a package of this workspace`);
  }
}
if (problems.length > 0) {
  console.error(`${problems.length} changeset problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${count} changesets, each naming workspace packages and a bump`);
