// SSE fan-out without sockets: `bridge.handle` opens STREAMS web streams of one tenant, each read
// by a `getReader()` loop, then EVENTS events are appended and published one at a time. It prints
// the CPU time per stream and event. Without the client process and the sockets of sse.bench.mjs,
// this moves little between runs on a shared machine, so it is the number to compare two builds
// with (run both, alternating). Needs `pnpm build` (core dist). Run: node bench/fanout.bench.mjs
// Env: BENCH_STREAMS (default 5000), BENCH_EVENTS (default 40), BENCH_ROOT another checkout's root,
//      BENCH_SINK=push: open each stream through `bridge.serve` with `writesEventStreams` and pipe it
//      into a counting sink (what @callbridge/express does), instead of reading a web stream.
import { pathToFileURL } from 'node:url';

const root = process.env.BENCH_ROOT
  ? pathToFileURL(`${process.env.BENCH_ROOT}/`)
  : new URL('../', import.meta.url);
const core = await import(new URL('packages/core/dist/index.js', root).href);

const STREAMS = Number(process.env.BENCH_STREAMS ?? 5000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 40);
const PAD = 'x'.repeat(400);

const bridge = core.createCallBridge({
  providers: [],
  tenants: core.staticTenants([{ id: 'bench', key: 'bench-key' }]),
  authenticate: () => ({ tenantId: 'bench', userId: 'u' }),
  contacts: new core.MemoryContactDirectory([]),
  // Every stream is the one tenant's: no per-tenant limit (default 1000), as before it existed.
  stream: { maxStreamsPerTenant: Number.POSITIVE_INFINITY },
});

const PUSH = process.env.BENCH_SINK === 'push';
let received = 0;

/** One stream piped into a sink that counts bytes, as a server adapter writes it. */
async function openPushed() {
  const request = new Request('http://127.0.0.1/api/v1/events/stream');
  const answer = await bridge.serve({
    method: 'GET',
    url: request.url,
    headers: request.headers,
    signal: request.signal,
    readBody: async () => new Uint8Array(0),
    toRequest: () => request,
    writesEventStreams: true,
  });
  if (typeof answer.pipe !== 'function') throw new Error('this build has no push path (EventStreamAnswer)');
  answer.pipe({
    write(frame) {
      received += typeof frame === 'string' ? frame.length : frame.byteLength;
    },
    queuedBytes: () => 0,
    close() {},
    abort() {},
  });
}

for (let i = 0; i < STREAMS; i++) {
  if (PUSH) {
    await openPushed();
    continue;
  }
  const response = await bridge.handle(new Request('http://127.0.0.1/api/v1/events/stream'));
  const reader = response.body.getReader();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      received += value.byteLength;
    }
  })();
}
await new Promise((resolve) => setTimeout(resolve, 200));

async function publish(count) {
  for (let seq = 1; seq <= count; seq++) {
    const event = await bridge.runtime.eventLog.append('bench', 'call_event_updated', {
      seq,
      sentAt: Date.now(),
      pad: PAD,
    });
    await bridge.runtime.broadcaster.publish(event);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

await publish(10); // warm-up
const start = process.cpuUsage();
const bytesBefore = received;
await publish(EVENTS);
const used = process.cpuUsage(start);
const row = {
  bench: 'fanout',
  sink: PUSH ? 'push' : 'web',
  streams: STREAMS,
  events: EVENTS,
  cpuNsPerStreamEvent: Math.round(((used.user + used.system) * 1000) / (EVENTS * STREAMS)),
  bytesPerStreamEvent: Math.round((received - bytesBefore) / (EVENTS * STREAMS)),
};
console.log(
  `SSE fan-out in process (${row.sink})  ${STREAMS} streams, ${EVENTS} events  cpu ${row.cpuNsPerStreamEvent} ns per stream and event` +
    `  (${row.bytesPerStreamEvent} bytes each)`,
);
console.log(JSON.stringify(row));
await bridge.close();
process.exit(0);
