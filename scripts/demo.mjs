#!/usr/bin/env node
// `pnpm demo`: installs from the lockfile, builds the reference CRM and the packages it uses, and
// starts it (embedded Postgres, simulator on). Arguments pass through (e.g. --no-simulate).
import { pnpm } from './pnpm.mjs';

pnpm(['install', '--frozen-lockfile', '--prefer-offline']);
// "example-crm..." = the app and every workspace package it depends on, in dependency order.
pnpm(['--filter', '@callbridge/example-crm...', 'run', 'build']);
pnpm(['--filter', '@callbridge/example-crm', 'run', 'start', '--', ...process.argv.slice(2)]);
