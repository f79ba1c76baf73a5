'use client';

import {
  CallsClientProvider,
  CallTimelineItem,
  createCallsClient,
  useCalls,
  useEventStream,
} from '@callbridge/react';
import { useEffect, useMemo, useState } from 'react';

const BASE = '/api/callbridge';

/** The same React components as the reference CRM, on the Next.js route handlers. */
export function LiveCalls() {
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => {
    fetch('/api/demo/token', { method: 'POST' })
      .then((r) => r.json())
      .then((body: { token: string }) => setToken(body.token));
  }, []);
  const client = useMemo(
    () => createCallsClient({ baseUrl: BASE, getHeaders: () => ({ Authorization: `Bearer ${token}` }) }),
    [token],
  );
  if (!token) return <p>Signing in…</p>;
  return (
    <CallsClientProvider client={client}>
      <Timeline token={token} />
    </CallsClientProvider>
  );
}

function Timeline({ token }: { token: string }) {
  const calls = useCalls({ limit: 20 });
  const stream = useEventStream(`${BASE}/events/stream`, {
    getHeaders: () => ({ Authorization: `Bearer ${token}` }),
    onEvent: (event) => calls.upsert(event.data),
    onResync: () => calls.reload(),
  });
  return (
    <section>
      <p>Stream: {stream.status}</p>
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {calls.items.map((call) => (
          <li key={call.id}>
            <CallTimelineItem interaction={call} />
          </li>
        ))}
      </ol>
    </section>
  );
}
