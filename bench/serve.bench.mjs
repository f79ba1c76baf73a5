// The webhook pipeline without HTTP: `bridge.serve(bridgeRequest)` for signed ~1 KB webhooks, the
// same bodies, provider and in-memory ports as the `listener` server of http.bench.mjs, with no
// socket, no load generator and no second process. On a shared 2-core machine its CPU per
// webhook moves far less between runs than req/s over HTTP, so it is the number to compare two
// builds with (run both, alternating).
// Needs `pnpm build` (core dist). Run: node bench/serve.bench.mjs
// Env: BENCH_EVENTS webhooks measured (default 60000), BENCH_CONCURRENCY in flight (default 50).
// Env: BENCH_ROOT another checkout's root to measure its build instead (for before/after runs).
import { createHmac } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { createWebhookBridge, WEBHOOK_SECRET } from './webhook-bridge.mjs';

const root = process.env.BENCH_ROOT
  ? pathToFileURL(`${process.env.BENCH_ROOT}/`)
  : new URL('../', import.meta.url);
const core = await import(new URL('packages/core/dist/index.js', root).href);
const { enableNodeCrypto } = await import(new URL('packages/core/dist/node.js', root).href);
const testing = await import(new URL('packages/core/dist/testing.js', root).href);

const EVENTS = Number(process.env.BENCH_EVENTS ?? 60_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const WARMUP = 20_000;
const SECRET = WEBHOOK_SECRET;
const URL_OF_WEBHOOK = 'http://127.0.0.1/api/v1/webhooks/ringover/bench-key';
const pad = 'x'.repeat(880);
const encoder = new TextEncoder();

enableNodeCrypto(); // as @callbridge/express does
const bridge = createWebhookBridge(core, testing);

const idle = new AbortController().signal;

/** Webhook number `i` as an adapter hands it to `bridge.serve`: signed body, unique call id. */
function webhook(i) {
  const text = `{"calls":[{"id":"serve-${i}","kind":"ringing","direction":"inbound"}],"note":"${pad}"}`;
  const body = encoder.encode(text);
  const headers = {
    'content-type': 'application/json',
    'content-length': String(body.byteLength),
    'x-fake-signature': createHmac('sha256', SECRET).update(body).digest('hex'),
  };
  return {
    method: 'POST',
    url: URL_OF_WEBHOOK,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    signal: idle,
    readBody: async () => body,
    toRequest() {
      throw new Error('the webhook path must not build a web Request');
    },
  };
}

async function run(from, to, serve) {
  let next = from;
  const worker = async () => {
    while (next < to) {
      const answer = await serve(webhook(next++));
      if (answer.status !== 200) throw new Error(`webhook answered ${answer.status}: ${answer.body}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

function cpuUs(since) {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

// The generator's own cost (signing and building the request), measured alone and subtracted.
const genStart = process.cpuUsage();
await run(10_000_000, 10_000_000 + EVENTS, async () => ({ status: 200 }));
const generatorUs = cpuUs(genStart) / EVENTS;

await run(0, WARMUP, (request) => bridge.serve(request));
const start = process.cpuUsage();
const t0 = performance.now();
await run(WARMUP, WARMUP + EVENTS, (request) => bridge.serve(request));
const wallUs = ((performance.now() - t0) * 1000) / EVENTS;
const totalUs = cpuUs(start) / EVENTS;
const row = {
  bench: 'serve',
  events: EVENTS,
  concurrency: CONCURRENCY,
  cpuUsPerWebhook: Number((totalUs - generatorUs).toFixed(1)),
  generatorUs: Number(generatorUs.toFixed(1)),
  wallUsPerWebhook: Number(wallUs.toFixed(1)),
  heapMB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
};
console.log(
  `bridge.serve webhook  ${EVENTS} webhooks, ${CONCURRENCY} in flight  cpu ${row.cpuUsPerWebhook} µs/webhook` +
    ` (generator ${row.generatorUs} µs subtracted)  wall ${row.wallUsPerWebhook} µs  heap ${row.heapMB} MB`,
);
console.log(JSON.stringify(row));
