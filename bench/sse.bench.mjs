// SSE fan-out: one event every 100 ms to 1,000 and 10,000 open streams, 127.0.0.1 only.
// Servers (child processes, one after the other in the same run):
//   bare    a hand-written node:http SSE broadcaster (a Set of responses, res.write to each)
//   bridge  @callbridge/express createNodeListener(bridge), GET /api/v1/events/stream with the
//           in-memory EventLog + Broadcaster (append, publish: what ingest does on each change)
// The streams are opened by a separate client process that measures delivery and latency
// (receive time - sentAt, same machine clock). Memory per stream = (server RSS after all streams
// connected - RSS before) / streams, both after a forced GC. Two one-time costs of a server's first
// burst of connections are kept out of it, the same way for both servers:
// - V8's young generation, which otherwise grows with the allocation rate of the burst and stays
//   committed (the bridge's to 32 MB, the bare server's to 16 MB at 1,000 streams): both servers
//   run with it fixed at 2 x 16 MB semi-spaces (BENCH_SEMI_SPACE_MB), the largest it grows to,
//   and written once at start (its pages count in RSS from then on);
// - code compiled on first use: "before" follows a small warm-up (BENCH_WARMUP_STREAMS, default
//   50, 0 for a cold server) whose streams connect, receive two events and leave.
// A warm-up as large as the run would hide memory an open stream holds: the run's streams reuse
// the memory its streams freed and the process kept, so RSS then grows less than the live heap.
// Needs `pnpm build` (core and express dist). Run: node bench/sse.bench.mjs
// Env: BENCH_STREAMS comma list (default 1000,10000), BENCH_EVENTS per run (default 30),
//      BENCH_SSE_SERVERS (default bare,bridge), BENCH_WARMUP_STREAMS (default 50),
//      BENCH_SEMI_SPACE_MB (default 16).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const PAD = 'p'.repeat(200);

const [mode, arg1, arg2] = process.argv.slice(2);
if (mode === '--serve') await serve(arg1);
else if (mode === '--client') await client(Number(arg1), Number(arg2), process.argv[5]);
else await main();

function onMessage(handler) {
  process.on('message', (message) => {
    Promise.resolve(handler(message)).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  });
}

async function serve(kind) {
  const { createServer } = await import('node:http');
  let open = 0;
  let publish;
  let handler;
  if (kind === 'bare') {
    const clients = new Set();
    handler = (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
      });
      res.write('retry: 2000\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
    };
    let id = 0;
    publish = async (data) => {
      id += 1;
      const frame = `event: call_event_updated\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const res of clients) res.write(frame);
    };
  } else {
    const core = await import('../packages/core/dist/index.js');
    const adapter = await import('../packages/adapters-express/dist/index.js');
    const bridge = core.createCallBridge({
      providers: [],
      tenants: core.staticTenants([{ id: 'bench', key: 'bench-key' }]),
      authenticate: () => ({ tenantId: 'bench', userId: 'u' }),
      contacts: new core.MemoryContactDirectory([]),
      // Every stream is the one tenant's: no per-tenant limit (default 1000), as before it existed.
      stream: { maxStreamsPerTenant: Number.POSITIVE_INFINITY },
    });
    handler = adapter.createNodeListener(bridge);
    publish = async (data) => {
      const event = await bridge.runtime.eventLog.append('bench', 'call_event_updated', data);
      await bridge.runtime.broadcaster.publish(event);
    };
  }
  const server = createServer((req, res) => {
    open += 1;
    res.on('close', () => {
      open -= 1;
    });
    handler(req, res);
  });
  // The young generation is fixed (see run()), but its pages count in RSS only once written: fill
  // it with short-lived objects now, so neither server's first burst counts that per stream.
  const ring = new Array(1024);
  for (let i = 0; i < 4_000_000; i++) ring[i & 1023] = { i };
  server.keepAliveTimeout = 60_000;
  server.maxConnections = 50_000;
  server.listen(0, '127.0.0.1', 4096, () => process.send({ port: server.address().port }));
  onMessage(async (message) => {
    if (message === 'mem') {
      globalThis.gc?.();
      await new Promise((r) => setTimeout(r, 200));
      globalThis.gc?.();
      process.send({ rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed, open });
    } else if (message?.publish) {
      const { count, intervalMs } = message.publish;
      for (let seq = 1; seq <= count; seq++) {
        await publish({ seq, sentAt: Date.now(), pad: PAD });
        await new Promise((r) => setTimeout(r, intervalMs));
      }
      process.send({ published: count });
    }
  });
}

async function client(streams, port, path) {
  const http = await import('node:http');
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const latencies = [];
  let received = 0;
  let connected = 0;
  let failed = 0;
  const openOne = () =>
    new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
        if (res.statusCode !== 200) {
          failed += 1;
          res.resume();
          resolve();
          return;
        }
        connected += 1;
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (text) => {
          const now = Date.now();
          buffer += text;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const at = block.indexOf('data: ');
            if (at >= 0) {
              const data = JSON.parse(block.slice(at + 6));
              if (typeof data.sentAt === 'number') {
                received += 1;
                latencies.push(now - data.sentAt);
              }
            }
            end = buffer.indexOf('\n\n');
          }
        });
        resolve();
      });
      req.on('error', () => {
        failed += 1;
        resolve();
      });
    });
  for (let i = 0; i < streams; i += 250) {
    await Promise.all(Array.from({ length: Math.min(250, streams - i) }, openOne));
  }
  process.send({ connected, failed });
  onMessage((message) => {
    if (message === 'report') {
      latencies.sort((a, b) => a - b);
      const pct = (p) =>
        latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? null;
      process.send({ received, p50: pct(50), p99: pct(99), max: latencies.at(-1) ?? null });
    }
  });
}

function ask(child, message, key) {
  return new Promise((resolve) => {
    const on = (m) => {
      if (m && typeof m === 'object' && key in m) {
        child.off('message', on);
        resolve(m);
      }
    };
    child.on('message', on);
    if (message !== null) child.send(message);
  });
}

async function run(kind, streams, events) {
  const semiSpaceMb = Number(process.env.BENCH_SEMI_SPACE_MB ?? 16);
  const server = fork(self, ['--serve', kind], {
    execArgv: ['--expose-gc', `--min-semi-space-size=${semiSpaceMb}`, `--max-semi-space-size=${semiSpaceMb}`],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await ask(server, null, 'port');
  const path = kind === 'bare' ? '/stream' : '/api/v1/events/stream';
  const warmup = Number(process.env.BENCH_WARMUP_STREAMS ?? 50);
  if (warmup > 0) {
    const warm = fork(self, ['--client', String(warmup), String(port), path], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await ask(warm, null, 'connected');
    await ask(server, { publish: { count: 2, intervalMs: 20 } }, 'published');
    warm.kill();
    let { open } = await ask(server, 'mem', 'rss');
    for (let i = 0; i < 50 && open > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      ({ open } = await ask(server, 'mem', 'rss'));
    }
    // A warm-up stream still open would count in "before" and hide its memory from the run.
    if (open > 0) {
      server.kill();
      throw new Error(`${kind}: ${open} warm-up streams still open on the server`);
    }
  }
  const before = await ask(server, 'mem', 'rss');
  const started = Date.now();
  const client = fork(self, ['--client', String(streams), String(port), path], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { connected, failed } = await ask(client, null, 'connected');
  const connectMs = Date.now() - started;
  const after = await ask(server, 'mem', 'rss');
  await ask(server, { publish: { count: events, intervalMs: 100 } }, 'published');
  await new Promise((r) => setTimeout(r, 1500));
  const report = await ask(client, 'report', 'received');
  client.kill();
  server.kill();
  return {
    server: kind,
    streams,
    connected,
    failed,
    connectMs,
    delivered: `${((report.received / (streams * events)) * 100).toFixed(2)}%`,
    p50ms: report.p50,
    p99ms: report.p99,
    maxMs: report.max,
    kbPerStream: Number(((after.rss - before.rss) / 1024 / streams).toFixed(2)),
    heapKbPerStream: Number(((after.heap - before.heap) / 1024 / streams).toFixed(2)),
  };
}

async function main() {
  const sizes = (process.env.BENCH_STREAMS ?? '1000,10000').split(',').map(Number);
  const events = Number(process.env.BENCH_EVENTS ?? 30);
  const servers = (process.env.BENCH_SSE_SERVERS ?? 'bare,bridge').split(',');
  console.log(`node ${process.version}, ${events} events at 100 ms intervals per run`);
  const rows = [];
  for (const streams of sizes) {
    for (const kind of servers) {
      const row = await run(kind, streams, events);
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  }
  console.table(rows);
  const ratios = {};
  for (const streams of sizes) {
    const bare = rows.find((r) => r.server === 'bare' && r.streams === streams);
    const bridge = rows.find((r) => r.server === 'bridge' && r.streams === streams);
    if (!bare || !bridge) continue;
    ratios[streams] = {
      p99BridgeOverBare: Number((bridge.p99ms / Math.max(1, bare.p99ms)).toFixed(2)),
      extraKbPerStream: Number((bridge.kbPerStream - bare.kbPerStream).toFixed(2)),
    };
    console.log(
      `${streams} streams: p99 bridge/bare = ${(bridge.p99ms / Math.max(1, bare.p99ms)).toFixed(2)} (target <= 1.5), ` +
        `memory per stream bridge - bare = ${(bridge.kbPerStream - bare.kbPerStream).toFixed(2)} KB (target <= 10)`,
    );
  }
  console.log(JSON.stringify({ bench: 'sse', rows, ratios }));
}
