import {
  createCallBridge,
  type EventLog,
  type Logger,
  MemoryContactDirectory,
  MemoryEventLog,
  staticTenants,
} from '@callbridge/core';
import { describe, expect, it } from 'vitest';

// Secrets, tokens and phone numbers never reach the log or an error body, whatever fails while a
// request is served: the integrator's `authenticate`, the stores, the event log under a stream
// opened with `?token=`.

const TOKEN_SECRET = 'security-logs-stream-secret-0123456789';
const PHONE = '+33612345678';
const BEARER = 'Bearer opaque-session-9f8e7d6c5b4a39281706';

function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const push =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
    };
  return {
    lines,
    logger: { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') },
  };
}

function failingLog(failure: () => Error): EventLog {
  const inner = new MemoryEventLog();
  return {
    append: (t, type, data) => inner.append(t, type, data),
    readAfter: () => Promise.reject(failure()),
    lastId: () => Promise.reject(failure()),
  };
}

describe('nothing secret reaches the log or the answer', () => {
  it('redacts what a failing authenticate or store says, and answers without it', async () => {
    const { logger, lines } = capture();
    let token = '';
    const leak = () =>
      new Error(
        `lookup failed for caller ${PHONE} with ${BEARER}, token=${token}, url https://crm.test/api/v1/events/stream?token=${token}`,
      );
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ id: 'tenant-a', key: 'key-a' }]),
      authenticate: (request) => {
        if (request.headers.get('x-crash')) throw leak();
        return { tenantId: 'tenant-a', userId: 'u' };
      },
      contacts: new MemoryContactDirectory(),
      logger,
      background: false,
      stores: { eventLog: failingLog(leak) },
      stream: { tokenSecret: TOKEN_SECRET, heartbeatMs: 100 },
    });
    token = await bridge.createStreamToken({ tenantId: 'tenant-a', userId: 'u' });
    const answers = [
      await bridge.handle(new Request('http://crm.test/api/v1/calls', { headers: { 'x-crash': '1' } })),
      await bridge.handle(new Request(`http://crm.test/api/v1/events/stream?token=${token}`)),
      await bridge.handle(
        new Request(`http://crm.test/api/v1/events/stream?token=${token}`, { headers: { 'x-crash': '1' } }),
      ),
    ];
    expect(answers.map((a) => a.status)).toEqual([500, 503, 503]);
    const bodies = await Promise.all(answers.map((a) => a.text()));
    const everything = [...lines, ...bodies].join('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [
      token,
      token.split('.')[1] ?? '',
      PHONE,
      '612345678',
      'opaque-session-9f8e7d6c5b4a39281706',
    ]) {
      expect(everything, secret).not.toContain(secret);
    }
    await bridge.close();
  });

  it('never puts the stream token of a refused request in the log or the answer', async () => {
    const { logger, lines } = capture();
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ id: 'tenant-a', key: 'key-a' }]),
      authenticate: () => null,
      contacts: new MemoryContactDirectory(),
      logger,
      background: false,
      stream: { tokenSecret: TOKEN_SECRET },
    });
    const token = await bridge.createStreamToken({ tenantId: 'tenant-a', userId: 'u' });
    const tampered = `${token.slice(0, -3)}abc`;
    for (const sent of [tampered, `${token}.${token}`]) {
      const answer = await bridge.handle(new Request(`http://crm.test/api/v1/events/stream?token=${sent}`));
      expect(answer.status).toBe(401);
      expect(await answer.text()).not.toContain(token.split('.')[0] ?? '');
    }
    expect(lines.join('\n')).not.toContain(token.split('.')[0] ?? '');
    await bridge.close();
  });
});
