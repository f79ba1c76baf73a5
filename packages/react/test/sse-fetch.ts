import { vi } from 'vitest';

/** One request the fake SSE server received, with controls to drive its response stream. */
export interface FakeConnection {
  url: string;
  headers: Headers;
  signal: AbortSignal;
  push(text: string): void;
  end(): void;
}

const encoder = new TextEncoder();

/**
 * A fetch double that answers every request with an open `text/event-stream` body the test
 * writes to, with `options.date` as its `Date` header. `respond` can replace the answer of the next requests (errors, other statuses).
 */
export function createSseFetch(options: { date?: string } = {}) {
  const connections: FakeConnection[] = [];
  const overrides: Array<() => Promise<Response>> = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const next = overrides.shift();
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
    });
    const signal = init.signal as AbortSignal;
    connections.push({
      url: String(input),
      headers: new Headers(init.headers),
      signal,
      push: (text) => controller.enqueue(encoder.encode(text)),
      end: () => controller.close(),
    });
    if (next) return next();
    signal.addEventListener('abort', () => {
      try {
        controller.error(new DOMException('aborted', 'AbortError'));
      } catch {
        // already closed
      }
    });
    return {
      ok: true,
      status: 200,
      headers: new Headers({
        'content-type': 'text/event-stream',
        ...(options.date ? { date: options.date } : {}),
      }),
      body,
    } as Response;
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch & typeof fetch,
    calls: fetch,
    connections,
    /** The next request fails like this (network error when `status` is omitted), with `headers` added. */
    respond(status?: number, body?: unknown, headers: Record<string, string> = {}) {
      overrides.push(async () => {
        if (status === undefined) throw new TypeError('Failed to fetch');
        return new Response(body === undefined ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/problem+json', ...headers },
        });
      });
    },
  };
}

/** Sets `document.visibilityState` and fires `visibilitychange`. */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A minimal call Interaction for tests. */
export function interaction(id: string, patch: Record<string, unknown> = {}) {
  return {
    id,
    tenantId: 't1',
    caseId: null,
    contactId: null,
    source: 'RINGOVER' as const,
    sourceRecordId: `src-${id}`,
    eventType: 'CALL' as const,
    title: 'Inbound call - +33 1 23 45 67 89',
    body: '',
    occurredAt: '2026-11-22T10:00:00.000Z',
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    metadata: {
      direction: 'inbound' as const,
      callerNumber: '+33123456789',
      calleeNumber: '+33987654321',
      callType: 'answered' as const,
      durationSeconds: 95,
    },
    insights: null,
    version: 1,
    ...patch,
  };
}

/** Serializes one SSE event. */
export function sse(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
