#!/usr/bin/env node
// Runs after tsup (whose declaration step clears stray .d.ts files): ships the default stylesheet
// and the empty declarations that let TypeScript and attw resolve '@callbridge/react/styles.css'.
import { copyFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
await copyFile(new URL('../src/styles.css', import.meta.url), new URL('styles.css', dist));
await writeFile(new URL('styles.css.d.ts', dist), 'export {};\n');
await writeFile(new URL('styles.css.d.cts', dist), 'export {};\n');
