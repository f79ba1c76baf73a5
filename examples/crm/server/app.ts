import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CallBridge } from '@callbridge/core';
import { createCallbridgeRouter } from '@callbridge/express';
import express from 'express';
import { makeCallAudio } from './audio.js';
import type { createAuth } from './auth.js';
import { recordingRoutes } from './recordings.js';
import { SCRIPTS } from './scripts.js';
import { CONTACTS, TENANTS } from './seed-data.js';

/** The CRM's Express app: callbridge's router first (raw bodies), then the app's own routes. */
export function buildApp(options: {
  bridge: CallBridge;
  auth: ReturnType<typeof createAuth>;
  jwtSecret: string;
  webDir: string;
}): express.Express {
  const { bridge, auth } = options;
  const app = express();

  /** The signed-in user of a demo route, or null after answering 401. */
  const signedIn = async (req: express.Request, res: express.Response) => {
    const headers = new Headers({ authorization: String(req.headers.authorization ?? '') });
    const principal = await auth.authenticate(new Request('http://local/', { headers }));
    if (!principal) res.status(401).json({ title: 'Sign in first', status: 401, code: 'unauthenticated' });
    return principal;
  };
  app.disable('x-powered-by');

  // Webhooks, the SSE stream and the calls API. Mounted before express.json(): verification
  // needs the raw bytes.
  app.use(createCallbridgeRouter(bridge));
  app.use(express.json({ limit: '16kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  // The demo's sign-in: pick a tenant and a user; the token is a real HS256 JWT the API checks.
  app.get('/demo/tenants', (_req, res) => {
    res.json(TENANTS.map((t) => ({ id: t.id, name: t.name, users: t.users })));
  });
  app.post('/demo/login', async (req, res) => {
    const tenant = TENANTS.find((t) => t.id === req.body?.tenantId);
    const userId = String(req.body?.userId ?? '');
    if (!tenant || !(tenant.users as readonly string[]).includes(userId)) {
      res.status(400).json({ title: 'Unknown tenant or user', status: 400, code: 'invalid_login' });
      return;
    }
    res.json({
      token: await auth.issue({ tenantId: tenant.id, userId }),
      tenantId: tenant.id,
      tenantName: tenant.name,
      userId,
    });
  });

  // A short-lived `?token=` for clients that cannot send headers (a plain EventSource): minted
  // for the signed-in user with the bridge's `stream.tokenSecret` (CALLBRIDGE_STREAM_TOKEN_SECRET)
  // and bound to its `stream.tokenAudience`. It is not the login token, which `?token=` refuses.
  app.post('/demo/stream-token', async (req, res) => {
    const principal = await signedIn(req, res);
    if (!principal) return;
    res.json({
      token: await options.bridge.createStreamToken(principal),
      expiresIn: options.bridge.runtime.stream.tokenTtlSeconds,
    });
  });

  // The CRM's contact names for the UI (the contacts table is the CRM's own; callbridge only reads it).
  app.get('/demo/contacts', async (req, res) => {
    const principal = await signedIn(req, res);
    if (!principal) return;
    res.json(
      CONTACTS.filter((c) => c.tenantId === principal.tenantId).map((c) => ({
        id: c.id,
        name: `${c.firstName} ${c.lastName}`,
      })),
    );
  });

  // Playback of stored recordings through short-lived signed URLs.
  const recordings = recordingRoutes({
    secret: options.jwtSecret,
    interactions: bridge.runtime.interactions,
    blobs: bridge.runtime.blobs,
    authenticate: auth.authenticate,
  });
  app.get('/demo/recordings/:id/url', recordings.signedUrl);
  app.get('/demo/recordings/:id', recordings.file);

  // Stands in for the provider's recording CDN: the simulator's webhooks point here.
  const audio = new Map(SCRIPTS.map((s) => [s.id, Buffer.from(makeCallAudio(s))]));
  app.get('/demo-audio/:name', (req, res) => {
    const bytes = audio.get(String(req.params.name).replace(/\.wav$/, ''));
    if (!bytes) {
      res.status(404).end();
      return;
    }
    res.type('audio/wav').send(bytes);
  });

  if (existsSync(join(options.webDir, 'index.html'))) {
    app.use(express.static(options.webDir, { index: 'index.html' }));
    app.get(/^\/(?!api\/|demo\/).*/, (_req, res) => {
      res.sendFile(join(options.webDir, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The UI is not built: run `pnpm --filter @callbridge/example-crm build`.');
    });
  }
  return app;
}
