// HTTP webhook throughput: server and load generator in separate processes, 127.0.0.1 only.
// Servers (each its own child process, run one after the other in the same run):
//   bare            node:http that reads the body and answers 200 (the baseline)
//   octokit         @octokit/webhooks createNodeMiddleware: verify (sha256 HMAC) + dispatch only
//   listener        @callbridge/express createNodeListener(bridge): the whole pipeline with in-memory
//                   ports (route, body limit, tenant, HMAC verify, parse, dedupe claim, E.164, upsert,
//                   event log, broadcast, commit)
//   express-hmac    a hand-written Express 5 receiver: express.raw() + node:crypto HMAC + JSON.parse
//   express-adapter Express 5 + createCallbridgeRouter(bridge), the same pipeline as `listener`
//   adapter-only    (only when named in BENCH_SERVERS) createNodeListener over a bridge that reads
//                   the body and answers a fixed reply: the Node translation without the pipeline
// Load: autocannon, 50 connections, ~1 KB signed JSON bodies, a unique call id per request.
// Needs `pnpm build` (core and express dist). Run: node bench/http.bench.mjs
// Env: BENCH_DURATION seconds per server (default 10), BENCH_CONNECTIONS (default 50),
//      BENCH_SERVERS comma list (default all four).
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createWebhookBridge, WEBHOOK_SECRET } from './webhook-bridge.mjs';

const SECRET = WEBHOOK_SECRET;
const PATH = '/api/v1/webhooks/ringover/bench-key';
const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--serve') await serve(process.argv[3]);
else await main();

async function serve(kind) {
  const { createServer } = await import('node:http');
  const { createRequire } = await import('node:module');
  const require = createRequire(new URL('../packages/adapters-express/package.json', import.meta.url));
  let handler;
  if (kind === 'bare') {
    handler = (req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        Buffer.concat(chunks);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    };
  } else if (kind === 'octokit') {
    const { Webhooks, createNodeMiddleware } = await import('@octokit/webhooks');
    const webhooks = new Webhooks({ secret: SECRET });
    webhooks.onAny(() => undefined);
    const middleware = createNodeMiddleware(webhooks, { path: PATH });
    handler = (req, res) => middleware(req, res);
  } else if (kind === 'express-hmac') {
    const express = require('express');
    const app = express();
    app.post(
      '/api/v1/webhooks/ringover/:key',
      express.raw({ type: 'application/json', limit: '1mb' }),
      (req, res) => {
        const expected = createHmac('sha256', SECRET).update(req.body).digest('hex');
        const given = String(req.headers['x-fake-signature'] ?? '');
        const { timingSafeEqual } = require('node:crypto');
        if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
          res.status(401).json({ error: 'signature' });
          return;
        }
        const body = JSON.parse(req.body.toString('utf8'));
        res.json({ status: 'received', events: body.calls.length });
      },
    );
    handler = app;
  } else {
    const core = await import('../packages/core/dist/index.js');
    const testing = await import('../packages/core/dist/testing.js');
    const adapter = await import('../packages/adapters-express/dist/index.js');
    const bridge = createWebhookBridge(core, testing);
    if (kind === 'listener') handler = adapter.createNodeListener(bridge);
    else if (kind === 'adapter-only') {
      // The Node translation alone (read the body under the limit, one-write reply): what the
      // listener costs before the pipeline runs.
      const reply = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };
      handler = adapter.createNodeListener({
        runtime: bridge.runtime,
        handle: () => Promise.reject(new Error('unused')),
        serve: async (request) => {
          await request.readBody(bridge.runtime.maxBodyBytes);
          return reply;
        },
      });
    } else if (kind === 'express-adapter') {
      const express = require('express');
      const app = express();
      app.use(adapter.createCallbridgeRouter(bridge));
      handler = app;
    } else throw new Error(`unknown server ${kind}`);
  }
  const server = createServer(handler);
  server.keepAliveTimeout = 30_000;
  // Exit normally on kill() so `BENCH_NODE_FLAGS=--cpu-prof` can write its profile.
  process.on('SIGTERM', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (message) => {
    if (message === 'mem') {
      const cpu = process.cpuUsage();
      process.send({ rss: process.memoryUsage().rss, cpuUs: cpu.user + cpu.system, sysUs: cpu.system });
    }
  });
}

function ask(child, message, key) {
  return new Promise((resolve) => {
    const on = (m) => {
      if (m && key in m) {
        child.off('message', on);
        resolve(m);
      }
    };
    child.on('message', on);
    if (message) child.send(message);
  });
}

async function load(port, seconds, connections, tag, octokit) {
  const { default: autocannon } = await import('autocannon');
  const pad = 'x'.repeat(880);
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}${PATH}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest(request) {
          n += 1;
          const body = `{"calls":[{"id":"${tag}-${process.pid}-${n}","kind":"ringing","direction":"inbound"}],"note":"${pad}"}`;
          const signature = createHmac('sha256', SECRET).update(body).digest('hex');
          const headers = octokit
            ? {
                'content-type': 'application/json',
                'x-github-event': 'ping',
                'x-github-delivery': `${tag}-${n}`,
                'x-hub-signature-256': `sha256=${signature}`,
              }
            : { 'content-type': 'application/json', 'x-fake-signature': signature };
          return { ...request, body, headers };
        },
      },
    ],
  });
}

async function measure(kind, seconds, connections) {
  const execArgv = process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : [];
  const child = fork(self, ['--serve', kind], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { port } = await ask(child, null, 'port');
  await load(port, 2, connections, `${kind}-warm`, kind === 'octokit');
  const before = await ask(child, 'mem', 'rss');
  const result = await load(port, seconds, connections, kind, kind === 'octokit');
  const { rss, cpuUs, sysUs } = await ask(child, 'mem', 'rss');
  child.kill();
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    server: kind,
    reqPerSec: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    non2xx,
    // Server CPU time per request: robust to other load on the machine, unlike req/s.
    cpuUsPerReq: Math.round((cpuUs - before.cpuUs) / Math.max(1, result.requests.total)),
    // The kernel's share of it (socket reads and writes, waking the load generator).
    sysUsPerReq: Math.round((sysUs - before.sysUs) / Math.max(1, result.requests.total)),
    rssMB: Math.round(rss / 1024 / 1024),
  };
}

async function main() {
  const seconds = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const servers = (process.env.BENCH_SERVERS ?? 'bare,octokit,listener,express-hmac,express-adapter').split(
    ',',
  );
  console.log(`node ${process.version}, ${connections} connections, ${seconds} s per server, ~1 KB bodies`);
  const rows = [];
  for (const kind of servers) {
    const row = await measure(kind, seconds, connections);
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  const by = Object.fromEntries(rows.map((r) => [r.server, r]));
  const ratio = (a, b) => (by[a] && by[b] ? (by[a].reqPerSec / by[b].reqPerSec).toFixed(2) : 'n/a');
  console.table(rows);
  console.log(`octokit / bare = ${ratio('octokit', 'bare')} (reference: about 0.57)`);
  console.log(`listener / bare = ${ratio('listener', 'bare')} (target >= 0.6, p99 < 5 ms)`);
  console.log(`express-adapter / express-hmac = ${ratio('express-adapter', 'express-hmac')} (target >= 0.9)`);
  console.log(
    JSON.stringify({
      bench: 'http',
      rows,
      ratios: {
        octokitOverBare: ratio('octokit', 'bare'),
        listenerOverBare: ratio('listener', 'bare'),
        expressAdapterOverHmac: ratio('express-adapter', 'express-hmac'),
      },
    }),
  );
}
