import { HttpResponse, http } from 'msw';
import { RINGOVER_API_HOSTS } from '../rest/client.js';

/** A `/calls` row as the mock serves it (ids as strings, times as ISO-8601 UTC). */
export interface MockCallRow {
  cdr_id: number;
  call_id: string;
  /** Usually null in the real `/calls` answer. */
  channel_id?: string | null;
  direction: 'in' | 'out';
  last_state: string;
  start_time: string;
  answered_time?: string | null;
  end_time?: string | null;
  incall_duration?: number;
  total_duration?: number;
  from_number?: string;
  to_number?: string;
  record?: string | null;
  voicemail?: string | null;
  [key: string]: unknown;
}

/** Options of `ringoverApiHandlers`. */
export interface RingoverApiMockOptions {
  /** The key the mock accepts (bare in Authorization, like Ringover). */
  apiKey: string;
  calls: MockCallRow[];
  /** Host to serve; default from the key (`US_` → US). */
  region?: 'eu' | 'us';
  /** Answer 429 to this many requests first (rate-limit tests). */
  tooManyRequests?: number;
  /**
   * Largest `limit_count` served (default 1000). A smaller one emulates a server that caps pages
   * below what was asked: a short page is then not the last one.
   */
  maxLimit?: number;
}

/** Every request the mock served, for assertions (the key is not recorded). */
export interface MockRequestLog {
  url: URL;
  status: number;
  at: number;
}

const MAX_SPAN_MS = 15 * 24 * 60 * 60 * 1000;

/**
 * msw handlers emulating Ringover's `/calls` and `/calls/{id}` as documented: bare-key auth
 * (`Bearer` → 401 "Missing API key", wrong key → 401 "Invalid user"), dates together and ≤ 15 days,
 * `limit_count` (capped at `maxLimit`), the `last_id_returned` cursor (older `cdr_id`s, newest first) and 204 when empty.
 */
export function ringoverApiHandlers(options: RingoverApiMockOptions) {
  const base = RINGOVER_API_HOSTS[options.region ?? (options.apiKey.startsWith('US_') ? 'us' : 'eu')];
  const log: MockRequestLog[] = [];
  let throttled = options.tooManyRequests ?? 0;
  const respond = (request: Request, status: number, body?: unknown) => {
    log.push({ url: new URL(request.url), status, at: Date.now() });
    if (status === 204) return new HttpResponse(null, { status });
    return HttpResponse.json(body as Record<string, unknown>, { status });
  };
  const denied = (request: Request) => {
    const auth = request.headers.get('authorization');
    if (throttled > 0) {
      throttled -= 1;
      return respond(request, 429, { error: 'Too many requests' });
    }
    if (!auth || /^Bearer /i.test(auth)) return respond(request, 401, { error: 'Missing API key' });
    if (auth !== options.apiKey) return respond(request, 401, { error: 'Invalid user' });
    return null;
  };
  const sorted = () => [...options.calls].sort((a, b) => b.cdr_id - a.cdr_id);

  const handlers = [
    http.get(`${base}/calls`, ({ request }) => {
      const refused = denied(request);
      if (refused) return refused;
      const q = new URL(request.url).searchParams;
      const start = q.get('start_date');
      const end = q.get('end_date');
      if ((start === null) !== (end === null))
        return respond(request, 400, { error: 'start_date and end_date go together' });
      let rows = sorted();
      if (start !== null && end !== null) {
        const from = Date.parse(start);
        const to = Date.parse(end);
        if (to - from > MAX_SPAN_MS) return respond(request, 400, { error: 'Date range exceeds 15 days' });
        rows = rows.filter((r) => Date.parse(r.start_time) >= from && Date.parse(r.start_time) < to);
      }
      const cursor = q.get('last_id_returned');
      if (cursor !== null) rows = rows.filter((r) => r.cdr_id < Number(cursor));
      const limit = Math.min(options.maxLimit ?? 1000, Number(q.get('limit_count') ?? 100));
      const page = rows.slice(0, limit);
      if (page.length === 0) return respond(request, 204);
      return respond(request, 200, {
        call_list: page,
        call_list_count: page.length,
        total_call_count: rows.length,
        limit_count_setted: limit,
      });
    }),
    http.get(`${base}/calls/:callId`, ({ request, params }) => {
      const refused = denied(request);
      if (refused) return refused;
      const rows = sorted().filter((r) => r.call_id === params.callId);
      return rows.length === 0 ? respond(request, 204) : respond(request, 200, { call_list: rows });
    }),
  ];
  return { handlers, log };
}
