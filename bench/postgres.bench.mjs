// Raw store rates of @callbridge/postgres on embedded PGlite and, when CALLBRIDGE_PG_URL is set, on
// a PostgreSQL server: interaction upserts (create, then merge into the existing row), event log
// appends and dedupe claim + commit. Each call is one tenant-scoped transaction (SET LOCAL ROLE +
// tenant setting, row-level security on).
// Needs `pnpm build` (imports the postgres and core dist). Run: node bench/postgres.bench.mjs
// Env: BENCH_PG_OPS (default 2000 per measurement), BENCH_PG_CONCURRENCY (default 16),
//      CALLBRIDGE_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test; the pg rows are skipped without it),
//      BENCH_PG_DRIVERS (default "pglite,pg"; "pg" measures the server only).
// Besides ops/s and latency it prints the CPU time per operation of this process (the client)
// and, on Linux, of the server's `postgres` processes, which stays meaningful on a busy machine.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createPGliteStores, createPostgresStores } from '../packages/postgres/dist/index.js';
import { processCpuMs } from './proc-cpu.mjs';

const OPS = Number(process.env.BENCH_PG_OPS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_PG_CONCURRENCY ?? 16);
const PG_URL = process.env.CALLBRIDGE_PG_URL;
const TENANT = 'bench';
const DRIVERS = (process.env.BENCH_PG_DRIVERS ?? 'pglite,pg').split(',');

/** CPU ms used so far by the processes named `postgres` (Linux /proc; 0 elsewhere). */
function postgresCpuMs() {
  return processCpuMs((comm) => (comm === 'postgres' ? 'postgres' : null))?.postgres ?? 0;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function upsert(i, step) {
  const occurredAt = new Date(Date.UTC(2026, 1, 17, 10, 0, i)).toISOString();
  return {
    tenantId: TENANT,
    source: 'RINGOVER',
    sourceRecordId: `${90000000000000000000n + BigInt(i)}`,
    eventType: 'CALL',
    occurredAt,
    contactId: `c${i % 1000}`,
    caseId: null,
    metadata:
      step === 0
        ? { direction: 'inbound', callType: 'ringing', callState: 'ringing', callerNumber: '+32470123456' }
        : { callType: 'answered', callState: 'ended', durationSeconds: 154, answeredAt: occurredAt },
    insights: null,
    locale: 'en',
  };
}

/** Runs `op(i)` for i in [0, n) through `concurrency` callers; returns ops/s and latencies. */
async function measure(driver, label, n, concurrency, op) {
  const latencies = new Float64Array(n);
  let next = 0;
  const cpu = process.cpuUsage();
  const server = driver === 'pg' ? postgresCpuMs() : 0;
  const start = performance.now();
  async function worker() {
    while (next < n) {
      const i = next++;
      const t0 = performance.now();
      await op(i);
      latencies[i] = performance.now() - t0;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const clientCpuMs = (used.user + used.system) / 1000 / n;
  const serverCpuMs = driver === 'pg' ? (postgresCpuMs() - server) / n : null;
  const sorted = [...latencies].sort((x, y) => x - y);
  const result = {
    driver,
    label,
    ops: n,
    concurrency,
    opsPerSecond: Math.round((n / ms) * 1000),
    p50Ms: Number(percentile(sorted, 50).toFixed(2)),
    p99Ms: Number(percentile(sorted, 99).toFixed(2)),
    clientCpuMsPerOp: Number(clientCpuMs.toFixed(3)),
    serverCpuMsPerOp: serverCpuMs === null ? null : Number(serverCpuMs.toFixed(3)),
  };
  console.log(
    `${driver.padEnd(7)} ${label.padEnd(34)} c=${String(concurrency).padEnd(3)} ${String(n).padStart(6)} ops ${result.opsPerSecond
      .toLocaleString('en-US')
      .padStart(
        7,
      )} ops/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  CPU/op: client ${result.clientCpuMsPerOp} ms${
      result.serverCpuMsPerOp === null ? '' : `, server ${result.serverCpuMsPerOp} ms`
    }`,
  );
  return result;
}

async function suite(driver, stores, concurrencies) {
  const results = [];
  // Warm-up: JIT, plans, connections.
  for (let i = 0; i < 200; i++) await stores.interactions.upsert(upsert(1_000_000 + i, 0));
  let base = 0;
  for (const c of concurrencies) {
    results.push(
      await measure(driver, 'upsert, new call', OPS, c, (i) =>
        stores.interactions.upsert(upsert(base + i, 0)),
      ),
    );
    results.push(
      await measure(driver, 'upsert, merge into existing', OPS, c, (i) =>
        stores.interactions.upsert(upsert(base + i, 1)),
      ),
    );
    results.push(
      await measure(driver, 'event log append', OPS, c, (i) =>
        stores.eventLog.append(TENANT, 'call_event_created', { i }),
      ),
    );
    results.push(
      await measure(driver, 'dedupe claim + commit', OPS, c, async (i) => {
        const claim = await stores.dedupe.claim(`bench:${driver}:${c}:${i}`, 60_000);
        if (claim.status === 'claimed')
          await stores.dedupe.commit(`bench:${driver}:${c}:${i}`, claim.token, 60_000);
      }),
    );
    base += OPS;
  }
  return results;
}

const results = [];
if (DRIVERS.includes('pglite')) {
  const t0 = performance.now();
  const stores = await createPGliteStores();
  console.log(`PGlite open + migrate: ${Math.round(performance.now() - t0)} ms`);
  results.push(...(await suite('pglite', stores, [1, CONCURRENCY])));
  await stores.close();
}
if (PG_URL && DRIVERS.includes('pg')) {
  const pg = createRequire(new URL('../packages/postgres/package.json', import.meta.url))('pg');
  const pool = new pg.Pool({ connectionString: PG_URL, max: CONCURRENCY });
  const schema = `bench_${Date.now().toString(36)}`;
  try {
    const stores = await createPostgresStores({ pool, schema });
    results.push(...(await suite('pg', stores, [1, CONCURRENCY])));
    await stores.close();
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  }
} else {
  console.log('pg rows skipped: set CALLBRIDGE_PG_URL to measure a PostgreSQL server.');
}
console.log(JSON.stringify({ bench: 'postgres', node: process.version, results }));
