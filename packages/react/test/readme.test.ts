// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fencedBlock, fencedBlocks, typecheckSnippets } from '../../../scripts/readme-snippets.js';

// The README's snippets need a browser app around them: each one is type-checked against the built
// types (`pnpm build` first), with a prelude declaring only what the README leaves to the app.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const packageDir = new URL('..', import.meta.url);

const getHeaders = 'declare const getHeaders: () => Promise<Record<string, string>>;\n';

describe('README', () => {
  it('every ts and tsx snippet type-checks', () => {
    const stylesImport = fencedBlock(readme, 'ts', "import '@callbridge/react/styles.css'");
    const timeline = fencedBlock(readme, 'tsx', 'function Timeline()');
    const streamClient = fencedBlock(readme, 'ts', 'createEventStreamClient(');
    const callsApi = fencedBlock(readme, 'ts', 'calls.list(');
    const player = fencedBlock(readme, 'tsx', '<CallPlayer');
    // Every block is checked: a new one must be added here.
    expect(fencedBlocks(readme, 'ts').length + fencedBlocks(readme, 'tsx').length).toBe(5);

    const diagnostics = typecheckSnippets(packageDir, [
      { path: 'styles.ts', text: `${stylesImport}\nexport {};\n` },
      { path: 'timeline.tsx', text: timeline },
      { path: 'stream-client.ts', text: `${getHeaders}${streamClient}\nexport {};\n` },
      {
        path: 'calls-api.ts',
        text: `import { createCallsClient } from '@callbridge/react';\n${getHeaders}${callsApi}\nexport {};\n`,
      },
      {
        path: 'player.tsx',
        text:
          "import type { Interaction } from '@callbridge/core';\nimport { CallPlayer } from '@callbridge/react';\n" +
          `declare const id: string;\ndeclare const call: Interaction;\n${player}\nexport {};\n`,
      },
    ]);
    expect(diagnostics).toEqual([]);
  }, 20_000);
});
