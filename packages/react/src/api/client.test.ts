import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interaction } from '../../test/sse-fetch.js';
import { CallbridgeClientError } from '../errors.js';
import { createCallsClient } from './client.js';

const BASE = 'http://crm.test/api/v1';
const seen: Request[] = [];
const server = setupServer(
  http.get(`${BASE}/calls`, ({ request }) => {
    seen.push(request);
    return HttpResponse.json({ items: [interaction('a')], nextCursor: 'c2' });
  }),
  http.get(`${BASE}/calls/stats`, ({ request }) => {
    seen.push(request);
    return HttpResponse.json({ total: 3, inbound: 2, outbound: 1, answered: 2, missed: 1, voicemail: 0 });
  }),
  http.get(`${BASE}/calls/:id`, ({ params, request }) => {
    seen.push(request);
    if (params.id === 'gone') {
      return HttpResponse.json(
        {
          type: 'about:blank',
          title: 'Not found',
          status: 404,
          code: 'not_found',
          detail: 'No call with this id.',
        },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    if (params.id === 'nope') {
      return HttpResponse.json(
        { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found', detail: 'No call nope' },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    if (params.id === 'html') return new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } });
    return HttpResponse.json(interaction(String(params.id)));
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  server.resetHandlers();
});
afterAll(() => server.close());

describe('createCallsClient', () => {
  it('builds the list query from filters and cursor, skipping empty values', async () => {
    let n = 0;
    const client = createCallsClient({
      baseUrl: `${BASE}/`,
      getHeaders: async () => ({ Authorization: `Bearer t${++n}` }),
    });
    const page = await client.list({
      direction: 'inbound',
      source: 'RINGOVER',
      contactId: 'c 1',
      caseId: undefined,
      callType: 'missed',
      from: new Date('2026-11-01T00:00:00Z'),
      to: '2026-11-22T00:00:00.000Z',
      limit: 20,
      cursor: 'abc',
    });
    expect(page).toMatchObject({ items: [{ id: 'a' }], nextCursor: 'c2' });
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe('/api/v1/calls');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      direction: 'inbound',
      source: 'RINGOVER',
      contactId: 'c 1',
      callType: 'missed',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-22T00:00:00.000Z',
      limit: '20',
      cursor: 'abc',
    });
    await client.list();
    expect(new URL(seen[1]!.url).search).toBe('');
    expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('gets one call with an encoded id and the stats of a range', async () => {
    const client = createCallsClient({ baseUrl: BASE });
    await expect(client.get('x/y')).resolves.toMatchObject({ id: 'x/y' });
    expect(seen[0]!.url).toBe(`${BASE}/calls/x%2Fy`);
    await expect(
      client.stats({ from: '2026-11-01', to: new Date('2026-11-02T00:00:00Z') }),
    ).resolves.toMatchObject({ total: 3 });
    expect(new URL(seen[1]!.url).searchParams.get('to')).toBe('2026-11-02T00:00:00.000Z');
  });

  it('turns a problem+json answer into a typed CallbridgeClientError', async () => {
    const client = createCallsClient({ baseUrl: BASE });
    const error = await client.get('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbridgeClientError);
    expect(error).toMatchObject({
      code: 'not_found',
      status: 404,
      problem: { title: 'Not found', detail: 'No call nope' },
    });
    expect((error as Error).message).toContain('No call nope.');
    // The server's sentence keeps its one period.
    const gone = (await client.get('gone').catch((e: unknown) => e)) as Error;
    expect(gone.message).toContain('No call with this id.');
    expect(gone.message).not.toContain('..');
  });

  it('reports a non-JSON answer and an unreachable server with client codes', async () => {
    const client = createCallsClient({ baseUrl: BASE });
    await expect(client.get('html')).rejects.toMatchObject({ code: 'invalid_response' });
    server.use(http.get(`${BASE}/calls`, () => HttpResponse.error()));
    await expect(client.list()).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });

  it('rejects with a CallbridgeClientError when getHeaders throws (e.g. the token refresh failed)', async () => {
    const cause = new Error('refresh failed');
    const calls = createCallsClient({
      baseUrl: BASE,
      getHeaders: async () => {
        throw cause;
      },
    });
    const error = await calls.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallbridgeClientError);
    expect(error).toMatchObject({ code: 'unauthenticated', status: 0, cause });
  });

  it('builds other URLs under the base, such as the stream', () => {
    const client = createCallsClient();
    expect(client.url('/events/stream', { token: 'a b', x: undefined })).toBe(
      '/api/v1/events/stream?token=a+b',
    );
  });
});
