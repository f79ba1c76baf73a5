import {
  createCallBridge,
  createMemoryStores,
  type Logger,
  MemoryContactDirectory,
  staticTenants,
} from '@callbridge/core';
import { ringover } from '../src/index.js';
import type { MockCallRow } from '../src/testing.js';
import { KEYS, NOW } from './helpers.js';

// Shared by the reconciliation tests that feed /calls rows and read what the bridge logged.

export const API_KEY = 'acme-rest-key-secret';

/** A missed inbound /calls row number `n` (0–9): its own cdr_id, call id, times and caller. */
export const callRow = (n: number, extra: Partial<MockCallRow> = {}): MockCallRow => ({
  cdr_id: 900 + n,
  call_id: `1448659782827346${3000 + n}`,
  channel_id: null,
  direction: 'in',
  last_state: 'MISSED',
  start_time: `2025-12-31T10:0${n}:00Z`,
  end_time: `2025-12-31T10:0${n}:30Z`,
  from_number: `3361234567${n}`,
  to_number: '33187654321',
  ...extra,
});

/** A bridge for tenant "acme" with the Ringover REST client, memory stores and every log line kept. */
export function loggingBridge() {
  const lines: string[] = [];
  const log = (message: string, fields?: Record<string, unknown>) =>
    lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  const provider = ringover({ apiKey: API_KEY });
  const stores = createMemoryStores({ now: () => NOW });
  const bridge = createCallBridge({
    providers: [provider],
    tenants: staticTenants([{ id: 'acme', key: 'k-acme', providers: { ringover: { secrets: KEYS } } }]),
    authenticate: () => null,
    contacts: new MemoryContactDirectory([]),
    stores,
    background: false,
    now: () => NOW,
    logger,
  });
  return { bridge, provider, stores, lines };
}
