// The reference CRM in real Chromium (Debian's, driven by playwright-core): live toast and
// timeline from a signed webhook, the call player (no recording yet, then the stored one, speed,
// transcript seek), a plain EventSource on a stream token, tenant isolation on the page, the
// seed's curl example, the layout at a phone's width (phone.mjs), and screenshots for review.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyStreamToken } from '@callbridge/core';
import { signRingoverWebhook } from '@callbridge/ringover/testing';
import { chromium as playwright } from 'playwright-core';
import { freePort, startServer, waitForHttp } from '../../shared/process.mjs';
import { checkPhoneLayout } from './phone.mjs';

const SECRET = 'ringover-dev-secret';
// The sign-in tokens' key is short on purpose: the stream tokens have a secret of their own.
const LOGIN_SECRET = 'crm-login-test-key';
const STREAM_SECRET = 'crm-browser-test-stream-token-secret-0123456789';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

export async function runCrmBrowserTests({ root, chromium, test, skip }) {
  const names = [
    'crm: a signed webhook shows a toast and grows the timeline within 2 s',
    'crm: the call view says "No recording." until the recording is stored, then plays it',
    'crm: 1.5× sets the audio playbackRate',
    'crm: clicking a transcript segment seeks the audio',
    "crm: tenant B's page never shows tenant A's call",
    "crm: the seed's curl example is stored in compatibility mode",
    'crm: the call view names the contact and stays in view when opened far down the timeline',
    'crm: a missed call opens with "No recording." and Play disabled',
    'crm: a plain EventSource streams with a token from /demo/stream-token, not with the login token',
    'crm: a second demo on the busy port exits 1 with the fix, before it opens its data directory',
    'crm: at 390 px the header is one line, nothing scrolls sideways, and a call opens over the timeline',
  ];
  if (!chromium) {
    for (const name of names) skip(name, 'no Chromium (apt-get install -y chromium)');
    return;
  }
  const cwd = join(root, 'examples', 'crm');
  const dataDir = mkdtempSync(join(tmpdir(), 'callbridge-crm-'));
  const shots = join(cwd, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(process.execPath, [join(cwd, 'dist-server', 'main.js')], {
    cwd,
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      SIMULATE: '0',
      RINGOVER_WEBHOOK_SECRET: SECRET,
      CALLBRIDGE_JWT_SECRET: LOGIN_SECRET,
      CALLBRIDGE_STREAM_TOKEN_SECRET: STREAM_SECRET,
    },
  });
  let browser;
  try {
    await waitForHttp(`${base}/healthz`, { server, timeoutMs: 90_000 });
    browser = await playwright.launch({ executablePath: chromium, args: CHROMIUM_FLAGS, headless: true });
    const pageA = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    const pageB = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    const login = async (page, tenant, user) => {
      await page.goto(base);
      await page.getByTestId(`login-${tenant}-${user}`).click();
      await page.getByTestId('stream-status').filter({ hasText: 'open' }).waitFor({ timeout: 10_000 });
    };
    await login(pageA, 'tenant-a', 'alice');
    await login(pageB, 'tenant-b', 'bob');

    const callId = `1448659782${String(Date.now()).slice(-7)}123`;
    const post = async (event, data, id = callId) => {
      const body = `{"resource":"call","event":"${event}","timestamp":${Date.now() / 1000},"attempt":1,"data":{"call_id":${id},${data}}}`;
      const url = `${base}/api/v1/webhooks/ringover/tenant-a`;
      const res = await fetch(url, {
        method: 'POST',
        headers: await signRingoverWebhook(body, SECRET, { url }),
        body,
      });
      if (res.status !== 200) throw new Error(`${event} answered ${res.status}: ${await res.text()}`);
    };
    const parties = `"id":"b5a0c1d2-0000-4000-8000-000000000001","channel_id":16390226718014117149,"direction":"inbound","from_number":"32470123456","to_number":"3225551234","start_time":${Date.now() / 1000}`;
    const item = (page) => page.locator(`[data-testid="timeline-item"][data-call-id="${callId}"]`);

    await test(names[0], async () => {
      const before = await pageA.getByTestId('timeline-item').count();
      const started = Date.now();
      await post('ringing', `${parties},"status":"ringing"`);
      await pageA
        .getByRole('status')
        .filter({ hasText: 'Claire Lambert' })
        .first()
        .waitFor({ timeout: 2000 });
      await item(pageA).waitFor({ timeout: Math.max(100, 2000 - (Date.now() - started)) });
      const after = await pageA.getByTestId('timeline-item').count();
      if (after !== before + 1) throw new Error(`timeline went from ${before} to ${after}`);
      await pageA.screenshot({ path: join(shots, 'dashboard-toast.png') });
    });

    await test(names[1], async () => {
      await post('answered', `${parties},"answered_time":${Date.now() / 1000},"status":"answered"`);
      await item(pageA).locator('.cb-call__title').click();
      const detail = pageA.getByTestId('call-detail');
      await detail.waitFor({ timeout: 5000 });
      // In progress: nothing to play yet, and the player says so instead of a dead ▶.
      await detail
        .locator('.cb-player__note')
        .filter({ hasText: 'No recording.' })
        .waitFor({ timeout: 5000 });
      const waiting = detail.locator('.cb-player__play');
      if (!(await waiting.isDisabled())) throw new Error('Play is enabled without a recording');
      if ((await waiting.getAttribute('aria-label')) !== 'No recording.')
        throw new Error(`Play is named ${await waiting.getAttribute('aria-label')}`);
      await post(
        'hangup',
        `${parties},"hangup_time":${Date.now() / 1000 + 14},"duration_in_seconds":14,"record":"${base}/demo-audio/lease-renewal.wav","status":"hangup"`,
      );
      // The recording is downloaded and transcribed in the background; the page updates live.
      await detail.locator('audio').waitFor({ state: 'attached', timeout: 20_000 });
      await pageA.getByRole('button', { name: /1\.5/ }).waitFor({ timeout: 20_000 });
      await detail
        .getByText('I will send you the draft by Friday', { exact: false })
        .first()
        .waitFor({ timeout: 20_000 });
      await pageA.waitForFunction(
        () => (document.querySelector('[data-testid="call-detail"] audio')?.duration ?? 0) > 10,
        null,
        {
          timeout: 20_000,
        },
      );
      const play = detail.locator('.cb-player__play');
      if (await play.isDisabled()) throw new Error('Play is disabled once the recording is stored');
      if ((await detail.locator('.cb-player__note, .cb-player__error').count()) !== 0)
        throw new Error('the player still shows a notice once the recording is stored');
      await pageA.screenshot({ path: join(shots, 'call-view.png') });
    });

    await test(names[2], async () => {
      await pageA.getByRole('button', { name: /1\.5/ }).first().click();
      const rate = await pageA.evaluate(
        () => document.querySelector('[data-testid="call-detail"] audio')?.playbackRate,
      );
      if (rate !== 1.5) throw new Error(`playbackRate is ${rate}`);
    });

    await test(names[3], async () => {
      const segment = pageA.getByRole('button', { name: /I will send you the draft/ }).first();
      await segment.click();
      await pageA.waitForFunction(
        () => {
          const t = document.querySelector('[data-testid="call-detail"] audio')?.currentTime ?? 0;
          return t >= 6.3 && t < 9.5;
        },
        null,
        { timeout: 5000 },
      );
    });

    await test(names[6], async () => {
      const detail = pageA.getByTestId('call-detail');
      await detail.getByText('Claire Lambert').first().waitFor({ timeout: 2000 });
      // Unknown Belgian callers push the call far down a short window.
      await pageA.setViewportSize({ width: 1280, height: 600 });
      await detail.getByRole('button', { name: 'Close call' }).click();
      for (let i = 0; i < 6; i += 1)
        await post(
          'ringing',
          `"id":"b5a0c1d2-0000-4000-8000-00000000010${i}","direction":"inbound","from_number":"3249911220${i}","to_number":"3225551234","start_time":${Date.now() / 1000}`,
          `${callId.slice(0, -3)}9${i}0`,
        );
      await pageA.getByText('+32 499 11 22 05').first().waitFor({ timeout: 2000 });
      await item(pageA).locator('.cb-call__title').click();
      await detail.waitFor({ timeout: 2000 });
      const box = await detail.boundingBox();
      if (!box || box.y < 0 || box.y > 600)
        throw new Error(`the open call is out of view (top at ${box?.y})`);
      await pageA.screenshot({ path: join(shots, 'call-view-scrolled.png') });
    });

    await test(names[10], () => checkPhoneLayout(pageA, { row: item(pageA), shots }));

    await test(names[7], async () => {
      const missedId = `${callId.slice(0, -3)}800`;
      const missed = `"id":"b5a0c1d2-0000-4000-8000-000000000200","direction":"inbound","from_number":"32499112299","to_number":"3225551234","start_time":${Date.now() / 1000}`;
      await post('ringing', `${missed},"status":"ringing"`, missedId);
      await post(
        'missed',
        `${missed},"hangup_time":${Date.now() / 1000 + 20},"reason":"no_answer","status":"missed"`,
        missedId,
      );
      const row = pageA.locator(`[data-testid="timeline-item"][data-call-id="${missedId}"]`);
      await row.getByText('Missed').first().waitFor({ timeout: 5000 });
      await row.locator('.cb-call__title').click();
      const detail = pageA.getByTestId('call-detail');
      await detail.getByText(missedId).waitFor({ timeout: 5000 });
      await detail
        .locator('.cb-player__note')
        .filter({ hasText: 'No recording.' })
        .waitFor({ timeout: 5000 });
      if (!(await detail.locator('.cb-player__play').isDisabled()))
        throw new Error('Play is enabled on a missed call');
      if ((await detail.locator('[role="alert"]').count()) !== 0)
        throw new Error('a missed call is announced as an error');
      await pageA.screenshot({ path: join(shots, 'call-view-missed.png') });
    });

    await test(names[8], async () => {
      const principal = { tenantId: 'tenant-a', userId: 'alice' };
      const { token: login } = await (
        await fetch(`${base}/demo/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(principal),
        })
      ).json();
      const minted = await fetch(`${base}/demo/stream-token`, {
        method: 'POST',
        headers: { authorization: `Bearer ${login}` },
      });
      if (minted.status !== 200) throw new Error(`/demo/stream-token answered ${minted.status}`);
      const { token, expiresIn } = await minted.json();
      if (expiresIn !== 300) throw new Error(`the stream token lives ${expiresIn} s`);
      // Signed with CALLBRIDGE_STREAM_TOKEN_SECRET and bound to this bridge's audience.
      const verified = await verifyStreamToken(STREAM_SECRET, token, { audience: 'callbridge:/api/v1' });
      if (verified?.tenantId !== 'tenant-a' || verified.userId !== 'alice')
        throw new Error(`the stream token is not minted with the stream secret: ${JSON.stringify(verified)}`);
      const refused = await fetch(`${base}/api/v1/events/stream?token=${encodeURIComponent(login)}`);
      if (refused.status !== 401) throw new Error(`the login token as ?token= answered ${refused.status}`);
      await refused.body?.cancel();
      // A plain EventSource in the page (no headers) gets a live call through the token.
      const liveId = `${callId.slice(0, -3)}700`;
      const received = pageA.evaluate(
        (url) =>
          new Promise((resolve, reject) => {
            const source = new EventSource(url);
            const timer = setTimeout(() => {
              source.close();
              reject(new Error(`no call event (readyState ${source.readyState})`));
            }, 5000);
            source.addEventListener('open', () => document.body.setAttribute('data-token-stream', 'open'));
            source.addEventListener('call_event_created', (event) => {
              const call = JSON.parse(event.data);
              if (!call.sourceRecordId.endsWith('700')) return;
              clearTimeout(timer);
              source.close();
              resolve(call.sourceRecordId);
            });
          }),
        `/api/v1/events/stream?token=${encodeURIComponent(token)}`,
      );
      received.catch(() => {}); // awaited below; a failure before that is not unhandled
      await pageA.locator('body[data-token-stream="open"]').waitFor({ state: 'attached', timeout: 5000 });
      await post(
        'ringing',
        `"id":"b5a0c1d2-0000-4000-8000-000000000300","direction":"inbound","from_number":"32499112298","to_number":"3225551234","start_time":${Date.now() / 1000},"status":"ringing"`,
        liveId,
      );
      const got = await received;
      if (got !== liveId) throw new Error(`the EventSource got ${got}`);
    });

    await test(names[4], async () => {
      await pageB.waitForTimeout(500);
      if ((await item(pageB).count()) !== 0) throw new Error("tenant B's timeline shows tenant A's call");
      const text = (await pageB.locator('body').textContent()) ?? '';
      if (text.includes(callId) || text.includes('Claire Lambert'))
        throw new Error("tenant B's page mentions tenant A's call");
      const { token } = await (
        await fetch(`${base}/demo/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"tenantId":"tenant-b","userId":"bob"}',
        })
      ).json();
      const list = await (
        await fetch(`${base}/api/v1/calls?limit=100`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      if (list.items.some((i) => i.sourceRecordId === callId))
        throw new Error("tenant B's API lists tenant A's call");
      await pageB.screenshot({ path: join(shots, 'tenant-b-dashboard.png') });
    });

    await test(names[5], async () => {
      const payload =
        '{"call_id":"test-123","tenant_id":"tenant-1","call_type":"answered","caller_number":"+32470123456","callee_number":"+32471234567","direction":"inbound","duration_seconds":120,"started_at":"2026-02-17T10:30:00Z","recording_url":"https://example.com/recording.mp3"}';
      const signature = createHmac('sha256', SECRET).update(payload).digest('hex');
      const res = await fetch(`${base}/api/v1/webhooks/ringover`, {
        method: 'POST',
        headers: { 'X-Ringover-Signature': signature, 'Content-Type': 'application/json' },
        body: payload,
      });
      if (res.status !== 200) throw new Error(`the seed curl answered ${res.status}: ${await res.text()}`);
      const { token } = await (
        await fetch(`${base}/demo/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"tenantId":"tenant-1","userId":"seed-user"}',
        })
      ).json();
      const list = await (
        await fetch(`${base}/api/v1/calls`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      if (!list.items.some((i) => i.sourceRecordId === 'test-123'))
        throw new Error('the seed call is not stored');
    });

    await test(names[9], async () => {
      // A second `pnpm demo` (another terminal) must not open the PGlite files the first one is
      // using: it finds the port taken first.
      const secondDir = join(dataDir, 'second');
      const second = spawn(process.execPath, [join(cwd, 'dist-server', 'main.js')], {
        cwd,
        env: { ...process.env, PORT: String(port), DATA_DIR: secondDir, SIMULATE: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      second.stdout.on('data', (chunk) => (output += chunk));
      second.stderr.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => second.kill('SIGKILL'), 60_000);
      const [code] = await once(second, 'exit');
      clearTimeout(timer);
      if (code !== 1) throw new Error(`the second demo exited ${code}: ${output}`);
      if (!output.includes(`Port ${port} on 127.0.0.1 is already in use`))
        throw new Error(`the second demo did not name the busy port: ${output}`);
      if (existsSync(secondDir)) throw new Error(`the second demo opened its data directory ${secondDir}`);
    });
  } catch (error) {
    throw new Error(`${error?.message ?? error}\n--- server output ---\n${server.output().slice(-4000)}`);
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
