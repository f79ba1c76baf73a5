import { assert, assertEqual, expectProblem } from './assert.js';
import { CONFORMANCE_MAX_BODY } from './fixture.js';
import type { ConformanceContext, SuiteApi } from './harness.js';

/** Webhook route: 200/duplicate/ignored/handshake, raw bytes, 400, 401, 404, 405, 413, 415, 500, 503. */
export function webhookConformance(t: SuiteApi, ctx: () => ConformanceContext): void {
  t.describe('webhooks', () => {
    t.it('stores a signed delivery (200 received) and answers a redelivery 200 duplicate', async () => {
      const { fixture, served } = ctx();
      const body = fixture.calls([{ id: 'c1' }, { id: 'c2' }]);
      const first = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, body));
      assertEqual(first.status, 200, 'first delivery');
      assertEqual(await first.json(), { status: 'received', events: 2 }, 'first delivery body');
      const again = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, body));
      assertEqual(await again.json(), { status: 'duplicate', events: 2 }, 'redelivery body');
    });

    t.it('answers ignored events 200 and returns a provider handshake response as is', async () => {
      const { fixture, served } = ctx();
      const ignored = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, '{"ignore":true}'));
      assertEqual([ignored.status, await ignored.json()], [200, { status: 'ignored', events: 0 }], 'ignored');
      const handshake = await served.fetch(fixture.webhookPath(0), {
        method: 'POST',
        headers: { 'validation-token': 'tok-123' },
      });
      assertEqual(handshake.status, 200, 'handshake status');
      assertEqual(handshake.headers.get('validation-token'), 'tok-123', 'handshake echo');
    });

    t.it('hands the provider the raw bytes exactly (CRLF, unicode, escapes)', async () => {
      const { fixture, served } = ctx();
      // CRLF between tokens, raw U+2028 and non-ASCII inside strings, escapes kept as escapes.
      const text =
        '{\r\n  "note": "tab\\t \u00e9 \u00fc \u{1F642} \u2028 \\u00e9",\r\n  "calls": [{"id":"raw-1"}]\r\n}\r\n';
      const bytes = new TextEncoder().encode(text);
      const response = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, bytes));
      assertEqual(response.status, 200, 'raw body delivery (signature over the exact bytes)');
      const seen = fixture.provider.bodies.at(-1);
      assert(seen, 'the provider saw the body');
      assertEqual(Array.from(seen), Array.from(bytes), 'bytes handed to the provider');
    });

    t.it('answers 401 problem+json when the signature does not match', async () => {
      const { fixture, served } = ctx();
      const init = await fixture.webhook(0, fixture.calls([{ id: 'x' }]));
      const tampered = await served.fetch(fixture.webhookPath(0), {
        ...init,
        body: fixture.calls([{ id: 'y' }]),
      });
      await expectProblem(tampered, 401, 'signature_invalid');
    });

    t.it('answers 400 for a signed body that is not JSON', async () => {
      const { fixture, served } = ctx();
      await expectProblem(
        await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, '{"calls": [')),
        400,
        'invalid_json',
      );
    });

    t.it('answers 404 for an unknown tenant key, provider or route', async () => {
      const { fixture, served } = ctx();
      const init = await fixture.webhook(0, fixture.calls([{ id: 'c' }]));
      await expectProblem(
        await served.fetch(`${fixture.basePath}/webhooks/ringover/nope`, init),
        404,
        'unknown_tenant',
      );
      await expectProblem(
        await served.fetch(`${fixture.basePath}/webhooks/acme/key-a`, init),
        404,
        'not_found',
      );
      await expectProblem(await served.fetch(`${fixture.basePath}/nothing/here`), 404, 'not_found');
    });

    t.it('answers 405 with Allow for a wrong method', async () => {
      const { fixture, served } = ctx();
      const get = await served.fetch(fixture.webhookPath(0));
      assertEqual(get.headers.get('allow'), 'POST', 'Allow of the webhook route');
      await expectProblem(get, 405, 'method_not_allowed');
      const post = await served.fetch(`${fixture.basePath}/calls`, { method: 'POST', body: '{}' });
      assertEqual(post.headers.get('allow'), 'GET, HEAD', 'Allow of /calls');
      await expectProblem(post, 405, 'method_not_allowed');
    });

    t.it('answers 413 for a declared length over the limit', async () => {
      const { fixture, served } = ctx();
      const big = JSON.stringify({ note: 'x'.repeat(CONFORMANCE_MAX_BODY) });
      await expectProblem(
        await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, big)),
        413,
        'payload_too_large',
      );
    });

    t.it('answers 413 while a chunked body is still streaming (never reads it all)', async () => {
      const { fixture, served } = ctx();
      let produced = 0;
      let cancelled = false;
      const endless = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          produced += 1024;
          controller.enqueue(new Uint8Array(1024).fill(0x20));
        },
        cancel() {
          cancelled = true;
        },
      });
      const response = await served.fetch(fixture.webhookPath(0), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: endless,
        duplex: 'half',
      } as RequestInit);
      await expectProblem(response, 413, 'payload_too_large');
      assert(
        produced < CONFORMANCE_MAX_BODY * 64,
        `the endless body was not drained (${produced} bytes produced)`,
      );
      if (!cancelled) await endless.cancel().catch(() => undefined);
    });

    t.it('answers 415 for a non-JSON content type', async () => {
      const { fixture, served } = ctx();
      const init = await fixture.webhook(0, 'a=1&b=2');
      const response = await served.fetch(fixture.webhookPath(0), {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          'content-type': 'application/x-www-form-urlencoded',
        },
      });
      await expectProblem(response, 415, 'unsupported_media_type');
    });

    t.it('answers 503 with Retry-After when the store is down, and stores the retry', async () => {
      const { fixture, served } = ctx();
      const body = fixture.calls([{ id: 'retry-me' }]);
      fixture.store.failing = true;
      const down = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, body));
      assert(Number(down.headers.get('retry-after')) > 0, 'a 503 carries Retry-After');
      await expectProblem(down, 503, 'store_unavailable');
      fixture.store.failing = false;
      const retry = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, body));
      assertEqual(
        await retry.json(),
        { status: 'received', events: 1 },
        'the retry is stored, not a duplicate',
      );
    });

    t.it('answers 500 internal_error for an unexpected failure without leaking it', async () => {
      const { fixture, served } = ctx();
      const response = await served.fetch(fixture.webhookPath(0), await fixture.webhook(0, '{"crash":true}'));
      const body = await expectProblem(response, 500, 'internal_error');
      assert(!JSON.stringify(body).includes('hunter2'), 'the internal message is not leaked');
    });
  });
}
