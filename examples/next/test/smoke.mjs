// Smoke test of the Next.js example: `next start`, a signed Ringover webhook, and the call read
// back through the calls API of the same route handlers and by the page's Server Component.
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { freePort, startServer, waitForHttp } from '../../shared/process.mjs';

export async function runNextSmokeTest({ root, test }) {
  const cwd = join(root, 'examples', 'next');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(
    process.execPath,
    [
      join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      cwd,
      env: { NEXT_TELEMETRY_DISABLED: '1', RINGOVER_WEBHOOK_SECRET: 'ringover-dev-secret' },
    },
  );
  try {
    await waitForHttp(`${base}/api/demo/token`, { server });
    await test('next: a signed webhook is stored and read back through the calls API and the page', async () => {
      const callId = `${Date.now()}${Math.floor(Math.random() * 1e6)}`.padEnd(20, '7');
      const payload = JSON.stringify({
        call_id: callId,
        tenant_id: 'tenant-a',
        call_type: 'answered',
        caller_number: '+32470123456',
        callee_number: '+32471234567',
        direction: 'inbound',
        duration_seconds: 120,
        started_at: '2026-11-20T10:30:00Z',
        recording_url: null,
      });
      const signature = createHmac('sha256', 'ringover-dev-secret').update(payload).digest('hex');
      const hook = await fetch(`${base}/api/callbridge/webhooks/ringover`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ringover-signature': signature },
        body: payload,
      });
      if (hook.status !== 200)
        throw new Error(`webhook answered ${hook.status}: ${await hook.text()}\n${server.output()}`);
      const { token } = await (await fetch(`${base}/api/demo/token`, { method: 'POST' })).json();
      const list = await fetch(`${base}/api/callbridge/calls?limit=10`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (list.status !== 200) throw new Error(`calls answered ${list.status}: ${await list.text()}`);
      const { items } = await list.json();
      const call = items.find((i) => i.sourceRecordId === callId);
      if (!call)
        throw new Error(
          `call ${callId} not in the list: ${JSON.stringify(items.map((i) => i.sourceRecordId))}`,
        );
      if (call.contactId !== 'c-a-1' || call.caseId !== 'case-a-1') {
        throw new Error(`contact/case not linked: ${call.contactId} ${call.caseId}`);
      }
      // The page (a Server Component, another bundle than the route) reads the same bridge.
      const page = await fetch(base);
      if (page.status !== 200) throw new Error(`the page answered ${page.status}`);
      const html = await page.text();
      const count = Number(/data-server-count="(\d+)"/.exec(html)?.[1] ?? Number.NaN);
      if (!(count >= 1)) {
        throw new Error(`the page's bridge has ${count} calls, the route's has ${items.length}`);
      }
      const unauth = await fetch(`${base}/api/callbridge/calls`);
      if (unauth.status !== 401) throw new Error(`calls without a token answered ${unauth.status}`);
    });
  } finally {
    await server.stop();
  }
}
