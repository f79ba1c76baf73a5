import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory, staticTenants } from '../memory/index.js';
import { isWebResponse } from './exchange.js';
import { bareHandlerHarness, createConformanceFixture, runAdapterConformance } from './testing/index.js';

runAdapterConformance(bareHandlerHarness, { describe, it, beforeEach, afterEach });
runAdapterConformance(bareHandlerHarness, { describe, it, beforeEach, afterEach }, { basePath: '/' });

describe('bridge.serve with a URL that is not absolute', () => {
  it('answers 400 malformed_request, not a 500', async () => {
    const fixture = createConformanceFixture();
    const answer = await fixture.bridge.serve({
      method: 'GET',
      url: 'http://a b/api/v1/calls',
      headers: new Headers(),
      signal: new AbortController().signal,
      readBody: async () => new Uint8Array(),
      toRequest: () => {
        throw new Error('not needed');
      },
    });
    expect(answer.status).toBe(400);
    expect(isWebResponse(answer) ? null : JSON.parse(answer.body ?? '')).toMatchObject({
      code: 'malformed_request',
    });
    await fixture.bridge.close();
  });
});

describe('an unexpected error while serving', () => {
  it('answers 500 internal_error and logs what failed, with secrets redacted', async () => {
    const logged: Array<[string, Record<string, unknown> | undefined]> = [];
    const log = (message: string, fields?: Record<string, unknown>) => logged.push([message, fields]);
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ id: 't1', key: 'k1' }]),
      contacts: new MemoryContactDirectory([]),
      authenticate: () => {
        throw new Error(
          'session store unreachable: ECONNREFUSED redis://:s3cretPassw0rdXYZ@10.0.0.5:6379 token=abcdef123456',
        );
      },
      logger: { debug: log, info: log, warn: log, error: log },
    });
    const response = await bridge.handle(new Request('https://crm.test/api/v1/calls'));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'internal_error' });
    const [message, fields] = logged.find(([m]) => m.includes('unexpected error')) ?? [];
    expect(message).toBeDefined();
    expect(fields?.message).toMatch(/session store unreachable: ECONNREFUSED/);
    expect(JSON.stringify(fields)).not.toMatch(/s3cretPassw0rdXYZ|abcdef123456/);
    await bridge.close();
  });

  it('redacts the phone numbers the error quotes in the log', async () => {
    const logged: Array<Record<string, unknown> | undefined> = [];
    const log = (_message: string, fields?: Record<string, unknown>) => logged.push(fields);
    const bridge = createCallBridge({
      providers: [],
      tenants: staticTenants([{ id: 't1', key: 'k1' }]),
      contacts: new MemoryContactDirectory([]),
      authenticate: () => {
        throw new Error('no CRM user for caller +33612345678 (0612345678)');
      },
      logger: { debug: log, info: log, warn: log, error: log },
    });
    expect((await bridge.handle(new Request('https://crm.test/api/v1/calls'))).status).toBe(500);
    const text = JSON.stringify(logged);
    expect(text).toContain('no CRM user for caller +33*******78');
    expect(text).not.toContain('612345678');
    await bridge.close();
  });
});
