// Signed-webhook ingest over HTTP on 127.0.0.1 with the Postgres + Redis ports: events/s and
// latency percentiles. Needs built packages and the servers:
//   pnpm --filter @callbridge/core --filter @callbridge/postgres --filter @callbridge/ringover \
//        --filter @callbridge/redis --filter @callbridge/express build
//   CALLBRIDGE_PG_URL=postgres://postgres@127.0.0.1:5432/test \
//   CALLBRIDGE_REDIS_URL=redis://127.0.0.1:6379 node bench/ingest-pg-redis.bench.mjs
// Knobs (env): BENCH_EVENTS (4000), BENCH_CONCURRENCY (32), BENCH_TENANTS (8), BENCH_POOL (16),
// BENCH_TIMEOUT_S (180), BENCH_RECORDS=memory (records and event log in memory instead of
// Postgres: isolates the HTTP + verification + Redis part), BENCH_SERVER=web (serve through a web
// Request / Response glue instead of @callbridge/express's createNodeListener, as runs before
// 2026-11-22 04:30 did), BENCH_REDIS_PIPELINE=0|1 (ioredis auto-pipelining of the ports' client off / on; unset: the default),
// BENCH_PROFILE_DIR (a --cpu-prof of the server process). Bounded: a fixed number of events, a
// hard time limit, 127.0.0.1 only. Everything it creates (a schema, a Redis key prefix) is
// removed at the end.
//
// The parent signs every webhook up front (Ringover JWT, HS512), then drives the server (a child
// process running one bridge) with keep-alive HTTP; each webhook is a distinct call, so every
// request is a full ingest: dedupe claim → upsert → event log append → publish → dedupe commit.
// Besides the server's CPU per event it reports the load generator's, Postgres's and Redis's
// (Linux /proc) and the whole machine's, since all of them share the same cores.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { processCpuMs } from './proc-cpu.mjs';

const pkg = (name) => new URL(`../packages/${name}/dist/index.js`, import.meta.url).href;
const requireFromRedis = createRequire(new URL('../packages/redis/package.json', import.meta.url));
const pg = requireFromRedis('pg');

const PG_URL = process.env.CALLBRIDGE_PG_URL;
const REDIS_URL = process.env.CALLBRIDGE_REDIS_URL;
if (!PG_URL || !REDIS_URL) {
  console.log('ingest-pg-redis: skipped (set CALLBRIDGE_PG_URL and CALLBRIDGE_REDIS_URL to run it)');
  process.exit(0);
}
const EVENTS = Number(process.env.BENCH_EVENTS ?? 4000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 8);
const POOL = Number(process.env.BENCH_POOL ?? 16);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 180);
const RECORDS = process.env.BENCH_RECORDS === 'memory' ? 'memory' : 'postgres';
const SERVER = process.env.BENCH_SERVER === 'web' ? 'web' : 'listener';
const WARMUP = Math.min(200, Math.floor(EVENTS / 10));
const KEY = 'bench-ringover-key';

for (const url of [PG_URL, REDIS_URL]) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error(`bench runs against 127.0.0.1 only, got ${host}`);
}

const tenants = Array.from({ length: TENANTS }, (_, i) => ({
  id: `bench-tenant-${i}`,
  key: `bench-key-${i}`,
}));

// ---------------------------------------------------------------------------------------------
// Server (child process): one bridge on Postgres + Redis behind node:http.
// ---------------------------------------------------------------------------------------------
async function serve({ schema, prefix }) {
  const { createCallBridge, MemoryContactDirectory, MemoryEventLog, MemoryInteractionStore, staticTenants } =
    await import(pkg('core'));
  const { createPostgresStores } = await import(pkg('postgres'));
  const { createRedisPorts } = await import(pkg('redis'));
  const { ringover } = await import(pkg('ringover'));

  const pool = new pg.Pool({ connectionString: PG_URL, max: POOL });
  const postgres = await createPostgresStores({ pool, schema });
  const redis = createRedisPorts({
    url: REDIS_URL,
    prefix,
    ...(process.env.BENCH_REDIS_PIPELINE
      ? { redisOptions: { enableAutoPipelining: process.env.BENCH_REDIS_PIPELINE === '1' } }
      : {}),
  });
  const bridge = createCallBridge({
    providers: [ringover({ secrets: { callEvents: KEY } })],
    tenants: staticTenants(tenants),
    authenticate: () => null,
    contacts: new MemoryContactDirectory(),
    stores: {
      interactions: RECORDS === 'memory' ? new MemoryInteractionStore() : postgres.interactions,
      eventLog: RECORDS === 'memory' ? new MemoryEventLog() : postgres.eventLog,
      checkpoints: postgres.checkpoints,
      dedupe: redis.dedupe,
      broadcaster: redis.broadcaster,
      jobs: redis.jobs,
    },
  });
  await bridge.start();
  // One live subscriber per tenant, as a browser tab would hold: every publish has a listener.
  let received = 0;
  for (const t of tenants) await bridge.runtime.broadcaster.subscribe(t.id, () => received++);

  // The Node deployment path: @callbridge/express's listener (BENCH_SERVER=web: the web Request /
  // Response glue earlier runs used, for comparison with them).
  const listener =
    SERVER === 'web'
      ? async (req, res) => {
          const chunks = [];
          for await (const chunk of req) chunks.push(chunk);
          const request = new Request(`http://127.0.0.1${req.url}`, {
            method: req.method,
            headers: req.headers,
            body: Buffer.concat(chunks),
          });
          const response = await bridge.handle(request);
          res.writeHead(response.status, Object.fromEntries(response.headers));
          res.end(Buffer.from(await response.arrayBuffer()));
        }
      : (await import(pkg('adapters-express'))).createNodeListener(bridge);
  const server = http.createServer(listener);
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  process.send({ port: server.address().port });
  let cpuMark = process.cpuUsage();
  process.on('message', async (message) => {
    if (message === 'mark') {
      cpuMark = process.cpuUsage();
      process.send({ marked: true });
      return;
    }
    if (message !== 'stop') return;
    const cpu = process.cpuUsage(cpuMark);
    server.close();
    await bridge.close();
    await redis.close();
    await pool.end();
    process.send({ received, cpuMs: (cpu.user + cpu.system) / 1000, systemMs: cpu.system / 1000 });
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------
// Load generator (parent).
// ---------------------------------------------------------------------------------------------
// Ringover's documented `call/missed` body with a distinct 64-bit call id per event.
const callBody = (fixture, fixtureCallId, n) =>
  fixture.replaceAll(`"call_id":${fixtureCallId}`, `"call_id":${9000000000000000000n + BigInt(n)}`);

function post(agent, port, item) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port, path: item.path, method: 'POST', agent, headers: item.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(item.body);
  });
}

/** Busy and total jiffies of the whole machine (Linux), to tell what every process on it used. */
function machineTicks() {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [, ...fields] = line.trim().split(/\s+/).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** CPU ms used so far by the processes named `postgres` and `redis-server` (Linux /proc). */
function serverTicks() {
  const ticks = processCpuMs((comm) =>
    comm === 'postgres' ? 'postgres' : comm.startsWith('redis-server') ? 'redis' : null,
  );
  return ticks && { postgres: ticks.postgres ?? 0, redis: ticks.redis ?? 0 };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(port, items) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next++];
        const { status, ms } = await post(agent, port, item);
        latencies.push(ms);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { seconds, latencies, statuses };
}

async function main() {
  const { signRingoverWebhook, ringoverFixtures, FIXTURE_CALL_ID } = await import(
    new URL('../packages/ringover/dist/testing.js', import.meta.url).href
  );
  const { createRedisPorts } = await import(pkg('redis'));
  const schema = `cb_bench_${Date.now().toString(36)}`;
  const prefix = `cbbench:${Date.now().toString(36)}:`;

  console.log(`signing ${EVENTS} webhooks for ${TENANTS} tenant(s)...`);
  const items = [];
  for (let n = 0; n < EVENTS; n++) {
    const tenant = tenants[n % TENANTS];
    const path = `/api/v1/webhooks/ringover/${tenant.key}`;
    const body = callBody(ringoverFixtures['call/missed'], FIXTURE_CALL_ID, n);
    const headers = await signRingoverWebhook(body, KEY, { url: `http://127.0.0.1${path}` });
    items.push({ path, body, headers: { ...headers, 'content-length': Buffer.byteLength(body) } });
  }

  const execArgv = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const child = fork(new URL(import.meta.url).pathname, ['--serve', schema, prefix], {
    stdio: 'inherit',
    execArgv,
  });
  const killer = setTimeout(() => {
    console.error(`bench exceeded ${TIMEOUT_S} s; stopping`);
    child.kill('SIGKILL');
    process.exit(1);
  }, TIMEOUT_S * 1000);
  killer.unref();
  const [{ port }] = await once(child, 'message');

  try {
    await run(port, items.slice(0, WARMUP));
    child.send('mark');
    await once(child, 'message');
    const ticksBefore = machineTicks();
    const serversBefore = serverTicks();
    const clientCpu = process.cpuUsage();
    const result = await run(port, items.slice(WARMUP));
    const clientCpuMs = (() => {
      const c = process.cpuUsage(clientCpu);
      return (c.user + c.system) / 1000;
    })();
    const ticksAfter = machineTicks();
    const serversAfter = serverTicks();
    child.send('stop');
    const [{ received, cpuMs, systemMs }] = await once(child, 'message');
    await once(child, 'exit');

    const count = new pg.Pool({ connectionString: PG_URL, max: 1 });
    const stored = Number(
      (await count.query(`SELECT count(*)::int AS n FROM "${schema}".interactions`)).rows[0].n,
    );
    const logged = Number((await count.query(`SELECT count(*)::int AS n FROM "${schema}".events`)).rows[0].n);
    await count.end();

    const n = result.latencies.length;
    const summary = {
      bench: 'ingest-pg-redis',
      records: RECORDS,
      server: SERVER,
      events: n,
      concurrency: CONCURRENCY,
      tenants: TENANTS,
      pool: POOL,
      eventsPerSecond: Math.round(n / result.seconds),
      p50Ms: +percentile(result.latencies, 50).toFixed(1),
      p95Ms: +percentile(result.latencies, 95).toFixed(1),
      p99Ms: +percentile(result.latencies, 99).toFixed(1),
      maxMs: +result.latencies[n - 1].toFixed(1),
      serverCpuMsPerEvent: +(cpuMs / n).toFixed(2),
      serverSystemCpuMsPerEvent: +(systemMs / n).toFixed(2),
      clientCpuMsPerEvent: +(clientCpuMs / n).toFixed(2),
      // Every process on the machine (bridge, Postgres, Redis, load generator, anything else);
      // USER_HZ is 100 on Linux, so one tick is 10 ms.
      machineCpuMsPerEvent:
        ticksBefore && ticksAfter ? +(((ticksAfter.busy - ticksBefore.busy) * 10) / n).toFixed(2) : null,
      postgresCpuMsPerEvent:
        serversBefore && serversAfter
          ? +((serversAfter.postgres - serversBefore.postgres) / n).toFixed(2)
          : null,
      redisCpuMsPerEvent:
        serversBefore && serversAfter ? +((serversAfter.redis - serversBefore.redis) / n).toFixed(2) : null,
      machineBusyPercent:
        ticksBefore && ticksAfter
          ? Math.round((100 * (ticksAfter.busy - ticksBefore.busy)) / (ticksAfter.total - ticksBefore.total))
          : null,
      loadAverage: +os.loadavg()[0].toFixed(1),
      statuses: Object.fromEntries(result.statuses),
      storedRecords: stored,
      loggedEvents: logged,
      broadcastsReceived: received,
    };
    console.log(
      `${summary.eventsPerSecond} events/s  p50 ${summary.p50Ms} ms  p95 ${summary.p95Ms} ms  p99 ${summary.p99Ms} ms  max ${summary.maxMs} ms`,
    );
    console.log(
      `bridge process CPU ${summary.serverCpuMsPerEvent} ms/event (${summary.serverSystemCpuMsPerEvent} in the kernel; Postgres and Redis not included); load generator ${summary.clientCpuMsPerEvent} ms/event; Postgres ${summary.postgresCpuMsPerEvent}, Redis ${summary.redisCpuMsPerEvent} ms/event; whole machine ${summary.machineCpuMsPerEvent} ms/event (${summary.machineBusyPercent} % busy); load average ${summary.loadAverage}`,
    );
    console.log(JSON.stringify(summary));
    if ((RECORDS === 'postgres' && stored !== EVENTS) || result.statuses.get(200) !== n) {
      console.error('not every event was stored exactly once: the numbers above are not valid');
      process.exitCode = 1;
    }
  } finally {
    child.kill();
    const drop = new pg.Pool({ connectionString: PG_URL, max: 1 });
    await drop.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await drop.end();
    const ports = createRedisPorts({ url: REDIS_URL });
    let cursor = '0';
    do {
      const [nextCursor, keys] = await ports.redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = nextCursor;
      if (keys.length > 0) await ports.redis.unlink(...keys);
    } while (cursor !== '0');
    await ports.close();
  }
}

if (process.argv[2] === '--serve') {
  await serve({ schema: process.argv[3], prefix: process.argv[4] });
} else {
  await main();
}
