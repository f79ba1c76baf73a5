// Ingest throughput with the in-memory ports: validate → dedupe claim → E.164 → contact match →
// active case → merge upsert → event log + broadcast → background enqueue → commit.
// Needs `pnpm build` (imports core's dist). Run: node bench/ingest.bench.mjs  (or `pnpm bench`).
// Env: BENCH_EVENTS (default 20000), BENCH_CONCURRENCY (default 64).
import { performance } from 'node:perf_hooks';
import { createCallBridge, staticTenants } from '../packages/core/dist/index.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const TENANT = 'bench';
const KINDS = ['ringing', 'answered', 'ended', 'recording_available'];

const contacts = new Map();
for (let i = 0; i < 1_000; i++) {
  const e164 = `+3247${String(i).padStart(7, '0')}`;
  contacts.set(e164, {
    id: `c${i}`,
    tenantId: TENANT,
    displayName: `Contact ${i}`,
    phones: [{ number: e164 }],
  });
}

function bridge() {
  return createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: TENANT, key: 'k' }]),
    authenticate: () => null,
    contacts: {
      findByPhone: async (_tenant, e164) => contacts.get(e164) ?? null,
      search: async () => [],
    },
    cases: {
      findActiveCase: async (tenantId, contactId) => ({
        id: `case-${contactId}`,
        tenantId,
        contactId,
        title: 'Open case',
        status: 'open',
        updatedAt: '2026-01-01T00:00:00Z',
      }),
    },
    defaultRegion: 'BE',
  });
}

/** Four events per call (ringing, answered, ended, recording), 20-digit call ids, national numbers. */
function events(prefix) {
  const out = [];
  for (let i = 0; i < EVENTS; i++) {
    const call = Math.floor(i / KINDS.length);
    const kind = KINDS[i % KINDS.length];
    out.push({
      provider: 'ringover',
      tenantId: TENANT,
      sourceRecordId: `${90000000000000000000n + BigInt(call)}`,
      deliveryId: `${prefix}-${i}`,
      kind,
      direction: 'inbound',
      from: { raw: `0470 ${String(call % 2_000).padStart(6, '0')}`, e164: null },
      to: { raw: '+3222001122', e164: null },
      occurredAt: new Date(Date.UTC(2026, 1, 17, 10, 0, i)).toISOString(),
      durationSeconds: kind === 'ended' ? 154 : null,
      answeredAt: kind === 'answered' ? '2026-02-17T10:00:05Z' : null,
      recording: kind === 'recording_available' ? { url: `https://rec.example/${call}.mp3` } : null,
    });
  }
  return out;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(label, concurrency, list) {
  const b = bridge();
  let delivered = 0;
  await b.runtime.broadcaster.subscribe(TENANT, () => delivered++);
  for (const event of events('warmup').slice(0, 2_000)) await b.ingest(event);
  const latencies = new Float64Array(list.length);
  let next = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  async function worker() {
    while (next < list.length) {
      const i = next++;
      const t0 = performance.now();
      await b.ingest(list[i]);
      latencies[i] = performance.now() - t0;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const sorted = [...latencies].sort((x, y) => x - y);
  const result = {
    label,
    events: list.length,
    concurrency,
    eventsPerSecond: Math.round((list.length / ms) * 1000),
    p50Ms: Number(percentile(sorted, 50).toFixed(3)),
    p99Ms: Number(percentile(sorted, 99).toFixed(3)),
    broadcasts: delivered,
    // CPU time this process used: on a shared machine wall time also counts waiting for a core.
    cpuMsPerEvent: Number((cpuMs / list.length).toFixed(4)),
    cpuBoundEventsPerSecond: Math.round((list.length / cpuMs) * 1000),
  };
  await b.close();
  console.log(
    `${label.padEnd(28)} ${String(result.events).padStart(7)} events  ${result.eventsPerSecond
      .toLocaleString('en-US')
      .padStart(
        9,
      )} events/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  cpu ${result.cpuMsPerEvent} ms/event`,
  );
  return result;
}

const list = events('run');
const sequential = await run('ingest (sequential)', 1, list);
const concurrent = await run(`ingest (${CONCURRENCY} in flight)`, CONCURRENCY, list);
const duplicates = await (async () => {
  // Replays of already stored deliveries: the dedupe fast path.
  const b = bridge();
  const replay = list.slice(0, 5_000);
  for (const event of replay) await b.ingest(event);
  const start = performance.now();
  for (const event of replay) await b.ingest(event);
  const perSecond = Math.round((replay.length / (performance.now() - start)) * 1000);
  await b.close();
  console.log(
    `${'duplicate deliveries'.padEnd(28)} ${String(replay.length).padStart(7)} events  ${perSecond.toLocaleString('en-US').padStart(9)} events/s`,
  );
  return perSecond;
})();
console.log(
  JSON.stringify({
    bench: 'ingest',
    node: process.version,
    sequential,
    concurrent,
    duplicatesPerSecond: duplicates,
  }),
);
