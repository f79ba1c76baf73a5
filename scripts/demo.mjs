#!/usr/bin/env node
// `pnpm demo`: installs from the lockfile, builds the packages and the example UI, and starts the
// reference CRM (embedded Postgres, simulator on). Arguments pass through (e.g. --no-simulate).
import { pnpm } from './pnpm.mjs';

pnpm(['install', '--frozen-lockfile', '--prefer-offline']);
pnpm(['build']);
pnpm(['--filter', '@callbridge/example-crm', 'run', 'build']);
pnpm(['--filter', '@callbridge/example-crm', 'run', 'start', '--', ...process.argv.slice(2)]);
