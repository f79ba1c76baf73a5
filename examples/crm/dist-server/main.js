// server/main.ts

import { createCallbridgeRouter } from '@callbridge/express';
import express from 'express';
// server/app.ts
import { existsSync } from 'fs';
import { join } from 'path';
import { fileURLToPath } from 'url';

// server/audio.ts
function makeCallAudio(script, sampleRate = 8e3) {
  const samples = Math.round(script.seconds * sampleRate);
  const pcm = new Int16Array(samples);
  for (const [index, turn] of script.segments.entries()) {
    const base = index % 2 === 0 ? 220 : 330;
    const from = Math.round(turn.start * sampleRate);
    const to = Math.min(samples, Math.round(turn.end * sampleRate));
    for (let i = from; i < to; i++) {
      const t = i / sampleRate;
      const syllable = 0.5 + 0.5 * Math.sin(2 * Math.PI * 3.2 * t);
      const pitch = base * (1 + 0.08 * Math.sin(2 * Math.PI * 0.7 * t));
      const edge = Math.min(1, (i - from) / 400, (to - i) / 400);
      pcm[i] = Math.round(9e3 * edge * syllable * Math.sin(2 * Math.PI * pitch * t));
    }
  }
  const comment = new TextEncoder().encode(`callbridge-demo-script:${script.id}\0`);
  const commentPadded = comment.length + (comment.length % 2);
  const listSize = 4 + 8 + commentPadded;
  const total = 12 + 24 + (8 + listSize) + 8 + pcm.byteLength;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  let o = 0;
  const ascii = (text) => {
    for (let i = 0; i < text.length; i++) view.setUint8(o++, text.charCodeAt(i));
  };
  const u32 = (v) => {
    view.setUint32(o, v, true);
    o += 4;
  };
  const u16 = (v) => {
    view.setUint16(o, v, true);
    o += 2;
  };
  ascii('RIFF');
  u32(total - 8);
  ascii('WAVE');
  ascii('fmt ');
  u32(16);
  u16(1);
  u16(1);
  u32(sampleRate);
  u32(sampleRate * 2);
  u16(2);
  u16(16);
  ascii('LIST');
  u32(listSize);
  ascii('INFO');
  ascii('ICMT');
  u32(comment.length);
  bytes.set(comment, o);
  o += commentPadded;
  ascii('data');
  u32(pcm.byteLength);
  bytes.set(new Uint8Array(pcm.buffer), o);
  return bytes;
}
function readScriptId(wav) {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const tag = (at) => String.fromCharCode(...wav.subarray(at, at + 4));
  if (wav.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let o = 12;
  while (o + 8 <= wav.length) {
    const id = tag(o);
    const size = view.getUint32(o + 4, true);
    if (id === 'LIST' && tag(o + 8) === 'INFO') {
      let p = o + 12;
      while (p + 8 <= o + 8 + size) {
        const sub = tag(p);
        const len = view.getUint32(p + 4, true);
        if (sub === 'ICMT') {
          const text = new TextDecoder().decode(wav.subarray(p + 8, p + 8 + len)).replace(/\0+$/, '');
          return text.startsWith('callbridge-demo-script:')
            ? text.slice('callbridge-demo-script:'.length)
            : null;
        }
        p += 8 + len + (len % 2);
      }
    }
    o += 8 + size + (size % 2);
  }
  return null;
}

// server/recordings.ts
import { jwtVerify, SignJWT } from 'jose';

function recordingRoutes(options) {
  const key = new TextEncoder().encode(`${options.secret}:recordings`);
  const ttl = options.ttlSeconds ?? 300;
  async function signedUrl(req, res) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const principal = await options.authenticate(new Request('http://local/', { headers }));
    if (!principal) {
      res
        .status(401)
        .type('application/problem+json')
        .json({ title: 'Sign in first', status: 401, code: 'unauthenticated' });
      return;
    }
    const id = String(req.params.id);
    const record = await options.interactions.get(principal.tenantId, id);
    if (!record?.metadata.recordingBlobKey) {
      res
        .status(404)
        .type('application/problem+json')
        .json({ title: 'No stored recording', status: 404, code: 'not_found' });
      return;
    }
    const expiresAt = Math.floor(Date.now() / 1e3) + ttl;
    const sig = await new SignJWT({ tenantId: principal.tenantId, id })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(expiresAt)
      .sign(key);
    res.json({
      url: `/demo/recordings/${encodeURIComponent(id)}?sig=${sig}`,
      expiresAt: new Date(expiresAt * 1e3).toISOString(),
    });
  }
  async function file(req, res) {
    let claims;
    try {
      claims = (await jwtVerify(String(req.query.sig ?? ''), key, { algorithms: ['HS256'] })).payload;
    } catch {
      res
        .status(403)
        .json({ title: 'The recording link expired or is invalid', status: 403, code: 'forbidden' });
      return;
    }
    if (claims.id !== req.params.id || typeof claims.tenantId !== 'string') {
      res.status(403).json({ title: 'The link is for another recording', status: 403, code: 'forbidden' });
      return;
    }
    const record = await options.interactions.get(claims.tenantId, String(req.params.id));
    const blob = record?.metadata.recordingBlobKey
      ? await options.blobs.get(record.metadata.recordingBlobKey)
      : null;
    if (!blob) {
      res.status(404).end();
      return;
    }
    const bytes = Buffer.from(await new Response(blob.body).arrayBuffer());
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', blob.contentType ?? 'audio/wav');
    res.setHeader('Cache-Control', 'private, max-age=60');
    const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, bytes.length - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
      if (start > end || start >= bytes.length) {
        res.status(416).setHeader('Content-Range', `bytes */${bytes.length}`).end();
        return;
      }
      res.status(206).setHeader('Content-Range', `bytes ${start}-${end}/${bytes.length}`);
      res.end(bytes.subarray(start, end + 1));
      return;
    }
    res.end(bytes);
  }
  return { signedUrl, file };
}

// server/scripts.ts
var seg = (speaker, start, end, text) => ({
  speaker,
  start,
  end,
  text,
});
var SCRIPTS = [
  {
    id: 'lease-renewal',
    seconds: 14,
    segments: [
      seg('Agent', 0.3, 2.6, 'Good morning, Dupont and Associates, how can I help?'),
      seg('Caller', 2.9, 6.1, 'Hello, I am calling about the renewal of my commercial lease.'),
      seg('Agent', 6.4, 9.2, 'Of course. I will send you the draft by Friday.'),
      seg('Caller', 9.5, 11.8, 'Great, thank you, that is very helpful.'),
      seg('Agent', 12, 13.6, 'You are welcome. Goodbye.'),
    ],
  },
  {
    id: 'invoice-dispute',
    seconds: 12,
    segments: [
      seg('Agent', 0.3, 2.2, 'Northwind Legal, good afternoon.'),
      seg('Caller', 2.5, 5.6, 'I am unhappy, the last invoice is wrong and too high.'),
      seg('Agent', 5.9, 8.8, 'I am sorry. I will review it and call you back tomorrow.'),
      seg('Caller', 9.1, 11.4, 'Please do, I need a corrected invoice.'),
    ],
  },
];
function scriptById(id) {
  return SCRIPTS.find((s) => s.id === id);
}

// server/seed-data.ts
var TENANTS = [
  { id: 'tenant-a', key: 'tenant-a', name: 'Dupont & Associ\xE9s', users: ['alice', 'antoine'] },
  { id: 'tenant-b', key: 'tenant-b', name: 'Northwind Legal', users: ['bob', 'beatrice'] },
  { id: 'tenant-1', key: 'tenant-1', name: 'Seed tenant (curl example)', users: ['seed-user'] },
];
var CONTACTS = [
  {
    id: 'c-a-1',
    tenantId: 'tenant-a',
    firstName: 'Claire',
    lastName: 'Lambert',
    company: 'Lambert SPRL',
    phone: '+32470123456',
    email: 'claire@lambert.example',
  },
  {
    id: 'c-a-2',
    tenantId: 'tenant-a',
    firstName: 'Marc',
    lastName: 'Peeters',
    company: null,
    phone: '+32475987654',
    email: null,
  },
  {
    id: 'c-a-3',
    tenantId: 'tenant-a',
    firstName: 'Sophie',
    lastName: 'Martin',
    company: 'Atelier Martin',
    phone: '+33601020304',
    email: 'sophie@martin.example',
  },
  {
    id: 'c-b-1',
    tenantId: 'tenant-b',
    firstName: 'James',
    lastName: 'Carter',
    company: 'Carter Freight',
    phone: '+14155552671',
    email: 'james@carter.example',
  },
  {
    id: 'c-b-2',
    tenantId: 'tenant-b',
    firstName: 'Emma',
    lastName: 'Wilson',
    company: null,
    phone: '+442071838750',
    email: null,
  },
];
var CASES = [
  {
    id: 'case-a-1',
    tenantId: 'tenant-a',
    contactId: 'c-a-1',
    title: 'Bail commercial Lambert',
    status: 'open',
    updatedAt: '2026-11-01T09:00:00Z',
  },
  {
    id: 'case-a-2',
    tenantId: 'tenant-a',
    contactId: 'c-a-1',
    title: 'Recouvrement 2025',
    status: 'closed',
    updatedAt: '2026-10-01T09:00:00Z',
  },
  {
    id: 'case-a-3',
    tenantId: 'tenant-a',
    contactId: 'c-a-3',
    title: 'Succession Martin',
    status: 'open',
    updatedAt: '2026-11-10T09:00:00Z',
  },
  {
    id: 'case-b-1',
    tenantId: 'tenant-b',
    contactId: 'c-b-1',
    title: 'Carter v. Harbor Co.',
    status: 'open',
    updatedAt: '2026-11-12T09:00:00Z',
  },
];
var CALLERS = {
  'tenant-a': ['32470123456', '32475987654', '33601020304', '32499112233'],
  'tenant-b': ['14155552671', '442071838750', '14155550100'],
};
var FIRM_LINES = { 'tenant-a': '3225551234', 'tenant-b': '12125550123' };

// server/app.ts
function buildApp(options) {
  const { bridge: bridge2, auth: auth2 } = options;
  const app2 = express();
  app2.disable('x-powered-by');
  app2.use(createCallbridgeRouter(bridge2));
  app2.use(express.json({ limit: '16kb' }));
  app2.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app2.get('/demo/tenants', (_req, res) => {
    res.json(TENANTS.map((t) => ({ id: t.id, name: t.name, users: t.users })));
  });
  app2.post('/demo/login', async (req, res) => {
    const tenant = TENANTS.find((t) => t.id === req.body?.tenantId);
    const userId = String(req.body?.userId ?? '');
    if (!tenant || !tenant.users.includes(userId)) {
      res.status(400).json({ title: 'Unknown tenant or user', status: 400, code: 'invalid_login' });
      return;
    }
    res.json({
      token: await auth2.issue({ tenantId: tenant.id, userId }),
      tenantId: tenant.id,
      tenantName: tenant.name,
      userId,
    });
  });
  app2.get('/demo/contacts', async (req, res) => {
    const headers = new Headers({ authorization: String(req.headers.authorization ?? '') });
    const principal = await auth2.authenticate(new Request('http://local/', { headers }));
    if (!principal) {
      res.status(401).json({ title: 'Sign in first', status: 401, code: 'unauthenticated' });
      return;
    }
    res.json(
      CONTACTS.filter((c) => c.tenantId === principal.tenantId).map((c) => ({
        id: c.id,
        name: `${c.firstName} ${c.lastName}`,
      })),
    );
  });
  const recordings = recordingRoutes({
    secret: options.jwtSecret,
    interactions: bridge2.runtime.interactions,
    blobs: bridge2.runtime.blobs,
    authenticate: auth2.authenticate,
  });
  app2.get('/demo/recordings/:id/url', recordings.signedUrl);
  app2.get('/demo/recordings/:id', recordings.file);
  const audio = new Map(SCRIPTS.map((s) => [s.id, Buffer.from(makeCallAudio(s))]));
  app2.get('/demo-audio/:name', (req, res) => {
    const bytes = audio.get(String(req.params.name).replace(/\.wav$/, ''));
    if (!bytes) {
      res.status(404).end();
      return;
    }
    res.type('audio/wav').send(bytes);
  });
  if (existsSync(join(options.webDir, 'index.html'))) {
    app2.use(express.static(options.webDir, { index: 'index.html' }));
    app2.get(/^\/(?!api\/|demo\/).*/, (_req, res) => {
      res.sendFile(join(options.webDir, 'index.html'));
    });
  } else {
    app2.get('/', (_req, res) => {
      res.type('text').send('The UI is not built: run `pnpm --filter @callbridge/example-crm build`.');
    });
  }
  return app2;
}

// server/auth.ts
import { jwtVerify as jwtVerify2, SignJWT as SignJWT2 } from 'jose';

function createAuth(secret) {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(principal, ttlSeconds = 8 * 3600) {
      return new SignJWT2({ tenantId: principal.tenantId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(principal.userId)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
    async authenticate(request) {
      const header = request.headers.get('authorization');
      const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
      if (!token) return null;
      try {
        const { payload } = await jwtVerify2(token, key, { algorithms: ['HS256'] });
        if (typeof payload.tenantId !== 'string' || typeof payload.sub !== 'string') return null;
        return { tenantId: payload.tenantId, userId: payload.sub };
      } catch {
        return null;
      }
    },
  };
}

// server/demo-ai.ts
import { CallbridgeError, createCallBridge, sentimentLabel, staticTenants } from '@callbridge/core';
import { FsBlobStore } from '@callbridge/core/node';
import { createRedisPorts } from '@callbridge/redis';
import { ringcentral } from '@callbridge/ringcentral';
import { ringover } from '@callbridge/ringover';
// server/bridge.ts
import { join as join2 } from 'path';

function demoAiPorts() {
  return {
    transcriber: {
      async transcribe({ audio }) {
        const bytes = new Uint8Array(await new Response(audio).arrayBuffer());
        const script = scriptById(readScriptId(bytes) ?? '');
        if (!script) {
          throw new CallbridgeError(
            'upstream_error',
            'The demo transcriber only knows the simulator audio.',
            {
              hint: 'Configure a real Transcriber for recordings that do not come from the demo simulator.',
            },
          );
        }
        return {
          text: script.segments.map((s) => `${s.speaker}: ${s.text}`).join('\n'),
          segments: script.segments,
          language: 'en',
        };
      },
    },
    summarizer: {
      async summarize({ transcript }) {
        const lines = transcript.split('\n').map((l) => l.replace(/^[^:]+:\s*/, ''));
        const ask = lines.find((l) => /calling about|invoice|lease|need/i.test(l)) ?? lines[0] ?? '';
        return {
          summary: `The caller said: "${ask}"`,
          highlights: lines.filter((l) => /will|need|wrong|renewal/i.test(l)).slice(0, 3),
          nextSteps: lines.filter((l) => /\bI will\b|call you back/i.test(l)),
        };
      },
    },
    sentiment: {
      async analyze({ text }) {
        const positive = (text.match(/\b(great|thank|helpful|welcome|good)\b/gi) ?? []).length;
        const negative = (text.match(/\b(unhappy|wrong|too high|sorry|problem)\b/gi) ?? []).length;
        const score = Math.max(-1, Math.min(1, (positive - negative) / Math.max(1, positive + negative)));
        return { score, label: sentimentLabel(score) };
      },
    },
    tasks: {
      async extract({ transcript }) {
        return transcript
          .split('\n')
          .filter((l) => /\bI will\b/i.test(l))
          .map((l) => ({
            title: l
              .replace(/^[^:]+:\s*/, '')
              .replace(/^I will\s*/i, '')
              .replace(/\.$/, ''),
          }));
      },
    },
  };
}

// server/bridge.ts
function buildBridge(config2, db2, auth2, logger2) {
  const redis2 = config2.redisUrl
    ? createRedisPorts({ url: config2.redisUrl, prefix: 'callbridge-demo:', logger: logger2 })
    : null;
  const stores = {
    interactions: db2.stores.interactions,
    eventLog: db2.stores.eventLog,
    checkpoints: db2.stores.checkpoints,
    dedupe: redis2?.dedupe ?? db2.stores.dedupe,
    blobs: new FsBlobStore({ directory: join2(config2.dataDir, 'blobs') }),
    ...(redis2 ? { broadcaster: redis2.broadcaster, jobs: redis2.jobs } : {}),
  };
  const secret = config2.ringoverSecret;
  const bridge2 = createCallBridge({
    providers: [
      ringover({
        secrets: { callEvents: secret, contactCall: secret, contactSearch: secret, routingIvr: secret },
        // The seed's flat payload signed with a hex HMAC; on in the demo so its curl works as written.
        compat: { enabled: true, secrets: secret },
      }),
      ringcentral({
        verificationToken: config2.ringcentralVerificationToken,
        accountId: config2.ringcentralAccountId,
        background: false,
      }),
    ],
    tenants: staticTenants(TENANTS.map((t) => ({ id: t.id, key: t.key }))),
    authenticate: (request) => auth2.authenticate(request),
    contacts: db2.contacts,
    cases: db2.cases,
    stores,
    ai: demoAiPorts(),
    defaultRegion: 'BE',
    locale: process.env.LOCALE ?? 'en',
    stream: { tokenSecret: config2.jwtSecret, heartbeatMs: 15e3 },
    logger: logger2,
  });
  return { bridge: bridge2, redis: redis2 };
}

// server/config.ts
import { resolve } from 'path';

function readConfig(argv, env = process.env) {
  const port = Number(env.PORT ?? 3e3);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  }
  const host = env.HOST ?? '127.0.0.1';
  const simulate = !argv.includes('--no-simulate') && env.SIMULATE !== '0' && env.SIMULATE !== 'false';
  return {
    port,
    host,
    publicUrl: env.PUBLIC_URL ?? `http://${host}:${port}`,
    dataDir: resolve(env.DATA_DIR ?? new URL('../.data', import.meta.url).pathname),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    ringoverSecret: env.RINGOVER_WEBHOOK_SECRET ?? 'ringover-dev-secret',
    ringcentralVerificationToken: env.RINGCENTRAL_VERIFICATION_TOKEN ?? 'rc-dev-verification-token',
    ringcentralAccountId: env.RINGCENTRAL_ACCOUNT_ID ?? '400131234008',
    jwtSecret: env.CALLBRIDGE_JWT_SECRET ?? 'callbridge-dev-jwt-secret-change-me',
    simulate,
  };
}

// server/crm-tables.ts
import {
  caseIndexSql,
  contactIndexSql,
  createPGliteStores,
  createPostgresStores,
  PostgresCaseResolver,
  PostgresContactDirectory,
} from '@callbridge/postgres';
// server/db.ts
import { mkdirSync } from 'fs';
import { join as join3 } from 'path';
import pg from 'pg';

var CONTACT_TABLE = {
  table: 'crm_contacts',
  columns: {
    id: 'id',
    tenantId: 'tenant_id',
    displayName: 'display_name',
    firstName: 'first_name',
    lastName: 'last_name',
    company: 'company',
    email: 'email',
    phones: [{ column: 'phone_e164', type: 'mobile' }],
  },
};
var CASE_TABLE = {
  table: 'crm_cases',
  columns: {
    id: 'id',
    tenantId: 'tenant_id',
    contactId: 'contact_id',
    title: 'title',
    status: 'status',
    updatedAt: 'updated_at',
  },
};
async function createCrmTables(client) {
  await client.exec(`
    CREATE TABLE IF NOT EXISTS crm_contacts (
      id text PRIMARY KEY,
      tenant_id text NOT NULL,
      first_name text,
      last_name text,
      display_name text NOT NULL,
      company text,
      email text,
      phone_e164 text
    );
    CREATE TABLE IF NOT EXISTS crm_cases (
      id text PRIMARY KEY,
      tenant_id text NOT NULL,
      contact_id text NOT NULL REFERENCES crm_contacts(id),
      title text NOT NULL,
      status text NOT NULL,
      updated_at timestamptz NOT NULL
    );
  `);
  for (const sql of contactIndexSql(CONTACT_TABLE)) await client.exec(sql);
  await client.exec(caseIndexSql(CASE_TABLE));
  for (const c of CONTACTS) {
    await client.query(
      `INSERT INTO crm_contacts (id, tenant_id, first_name, last_name, display_name, company, email, phone_e164)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [
        c.id,
        c.tenantId,
        c.firstName,
        c.lastName,
        `${c.firstName} ${c.lastName}`,
        c.company,
        c.email,
        c.phone,
      ],
    );
  }
  for (const k of CASES) {
    await client.query(
      `INSERT INTO crm_cases (id, tenant_id, contact_id, title, status, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [k.id, k.tenantId, k.contactId, k.title, k.status, k.updatedAt],
    );
  }
}

// server/db.ts
async function openDatabase(config2) {
  let stores;
  let pool = null;
  if (config2.databaseUrl) {
    pool = new pg.Pool({ connectionString: config2.databaseUrl, max: 10 });
    stores = await createPostgresStores({ pool });
  } else {
    const dataDir = join3(config2.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
    stores = await createPGliteStores({ dataDir });
  }
  await createCrmTables(stores.client);
  return {
    stores,
    contacts: new PostgresContactDirectory({ ...CONTACT_TABLE, client: stores.client }),
    cases: new PostgresCaseResolver({ ...CASE_TABLE, client: stores.client }),
    engine: pool ? 'postgres' : 'pglite',
    async close() {
      await stores.close();
      await pool?.end();
    },
  };
}

// server/logger.ts
function consoleLogger(level = 'info') {
  const order = { debug: 0, info: 1, warn: 2, error: 3 };
  const write = (at) => (message, fields) => {
    if (order[at] < order[level]) return;
    const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    process.stderr.write(`[${at}] ${message}${extra}
`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

// server/simulator.ts
import { insightsBody, insightsNotification } from '@callbridge/ringcentral/testing';
import { signRingoverWebhook } from '@callbridge/ringover/testing';

var MIX = ['answered', 'missed', 'answered', 'voicemail', 'ringsense', 'answered'];
var counter = 0;
function callId() {
  counter += 1;
  return `1448659782${String(Date.now()).slice(-7)}${String(counter).padStart(3, '0')}`;
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function startSimulator(options) {
  let stopped = false;
  const post = async (path, body, headers) => {
    const res = await fetch(`${options.baseUrl}${path}`, { method: 'POST', headers, body });
    if (!res.ok)
      options.logger.warn('simulator: webhook rejected', {
        path,
        status: res.status,
        body: await res.text(),
      });
  };
  const ringover2 = async (tenant, event, data, id) => {
    const now = Date.now() / 1e3;
    const body = JSON.stringify({
      resource: 'call',
      event,
      timestamp: now,
      attempt: 1,
      data: { ...data, call_id: '@@ID@@' },
    }).replace('"@@ID@@"', id);
    const url = `${options.baseUrl}/api/v1/webhooks/ringover/${tenant}`;
    await post(
      `/api/v1/webhooks/ringover/${tenant}`,
      body,
      await signRingoverWebhook(body, options.ringoverSecret, { url }),
    );
  };
  async function runOnce(tenant, outcome) {
    const callers = CALLERS[tenant] ?? [];
    const from = callers[Math.floor(Math.random() * callers.length)] ?? '32470123456';
    const to = FIRM_LINES[tenant] ?? '3225551234';
    const script = SCRIPTS[counter % SCRIPTS.length];
    if (outcome === 'ringsense') {
      const recordingId = String(290441773e4 + Math.floor(Math.random() * 1e5));
      const now = /* @__PURE__ */ new Date().toISOString();
      const body = insightsBody({
        sourceRecordId: recordingId,
        sourceSessionId: `s-demo-${recordingId}`,
        recordingStartTime: now,
        creationTime: now,
        lastModifiedTime: now,
        recordingDurationMs: script.seconds * 1e3,
        speakerInfo: [
          {
            speakerId: 'agent',
            name: 'Agent',
            accountId: options.ringcentralAccountId,
            extensionId: '101',
            phoneNumber: `+${to}`,
          },
          {
            speakerId: 'caller',
            name: 'Caller',
            accountId: null,
            extensionId: null,
            phoneNumber: `+${from}`,
          },
        ],
        insights: {
          Transcript: script.segments.map((s, i) => ({
            speakerId: i % 2 === 0 ? 'agent' : 'caller',
            text: s.text,
            start: s.start,
            end: s.end,
          })),
          Summary: [{ value: `Call about ${script.id.replace('-', ' ')}.` }],
          NextSteps: [{ speakerId: 'agent', value: 'Send the follow-up by Friday.' }],
          Sentiment: [{ value: script.id === 'invoice-dispute' ? 'Negative' : 'Positive' }],
        },
      });
      const notification = insightsNotification({
        uuid: `${Date.now()}${counter}`,
        body,
        accountId: options.ringcentralAccountId,
        ownerId: '101',
      });
      await post(`/api/v1/webhooks/ringcentral/${tenant}`, JSON.stringify(notification), {
        'content-type': 'application/json',
        'verification-token': options.ringcentralVerificationToken,
      });
      return;
    }
    const id = callId();
    const start = Date.now() / 1e3;
    const base = {
      id: crypto.randomUUID(),
      channel_id: `1639022671801411${String(counter).padStart(4, '0')}`,
      direction: 'inbound',
      from_number: from,
      to_number: to,
      start_time: start,
      is_internal: false,
      is_anonymous: false,
    };
    await ringover2(tenant, 'ringing', { ...base, status: 'ringing' }, id);
    await sleep(1200);
    if (outcome === 'missed') {
      await ringover2(
        tenant,
        'missed',
        { ...base, hangup_time: start + 20, reason: 'no_answer', status: 'missed' },
        id,
      );
      return;
    }
    if (outcome === 'voicemail') {
      const message = `${options.baseUrl}/demo-audio/${script.id}.wav`;
      await ringover2(
        tenant,
        'voicemail',
        { ...base, hangup_time: start + 40, message, reason: 'no_answer', status: 'voicemail' },
        id,
      );
      return;
    }
    await ringover2(tenant, 'answered', { ...base, answered_time: start + 4, status: 'answered' }, id);
    await sleep(1500);
    await ringover2(
      tenant,
      'hangup',
      {
        ...base,
        answered_time: start + 4,
        hangup_time: start + 4 + script.seconds,
        duration_in_seconds: script.seconds,
        record: `${options.baseUrl}/demo-audio/${script.id}.wav`,
        status: 'hangup',
      },
      id,
    );
  }
  const loop = async () => {
    await sleep(1500);
    let i = 0;
    while (!stopped) {
      const tenant = i % 3 === 2 ? 'tenant-b' : 'tenant-a';
      const outcome = MIX[i % MIX.length];
      try {
        await runOnce(tenant, outcome);
      } catch (error) {
        options.logger.warn('simulator: could not post', { error: error.message });
      }
      i += 1;
      await sleep(options.intervalMs ?? 8e3);
    }
  };
  void loop();
  return {
    stop() {
      stopped = true;
    },
    runOnce,
  };
}

// server/main.ts
var config = readConfig(process.argv.slice(2));
var logger = consoleLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info');
var db = await openDatabase(config);
var auth = createAuth(config.jwtSecret);
var { bridge, redis } = buildBridge(config, db, auth, logger);
await bridge.start();
var webDir = fileURLToPath(new URL('../dist-web', import.meta.url));
var app = buildApp({ bridge, auth, jwtSecret: config.jwtSecret, webDir });
var server = app.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `http://${config.host}:${port}`;
  console.log(
    `callbridge reference CRM on ${base}  (storage: ${db.engine}${redis ? ' + redis' : ''}, simulator: ${config.simulate ? 'on' : 'off'})`,
  );
  if (config.simulate) {
    simulator = startSimulator({
      baseUrl: base,
      ringoverSecret: config.ringoverSecret,
      ringcentralVerificationToken: config.ringcentralVerificationToken,
      ringcentralAccountId: config.ringcentralAccountId,
      logger,
    });
  }
});
var simulator = null;
var closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  logger.info(`received ${signal}, shutting down`);
  simulator?.stop();
  server.closeAllConnections();
  server.close();
  await bridge.close();
  await redis?.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
//# sourceMappingURL=main.js.map
