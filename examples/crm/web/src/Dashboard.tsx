import type { Interaction } from '@callbridge/core';
import {
  CallNotificationProvider,
  CallsClientProvider,
  CallTimelineItem,
  createCallsClient,
  useCallStats,
  useCalls,
  useEventStream,
} from '@callbridge/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CallDetail } from './CallDetail';
import { formatNumber } from './format';
import { Stats } from './Stats';
import type { Session } from './session';
import { usePhonePanel } from './usePhonePanel';

const STREAM_URL = '/api/v1/events/stream';
const DAY = 24 * 3600 * 1000;

export function Dashboard({ session, onLogout }: { session: Session; onLogout(): void }) {
  const getHeaders = useCallback(() => ({ Authorization: `Bearer ${session.token}` }), [session.token]);
  const client = useMemo(() => createCallsClient({ getHeaders }), [getHeaders]);
  const [selected, setSelected] = useState<string | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    fetch('/demo/contacts', { headers: getHeaders() })
      .then((r) => (r.ok ? r.json() : []))
      .then((list: Array<{ id: string; name: string }>) =>
        setNames(Object.fromEntries(list.map((c) => [c.id, c.name]))),
      )
      .catch(() => setNames({}));
  }, [getHeaders]);
  const getContactName = useCallback(
    (call: Interaction) => (call.contactId ? names[call.contactId] : null),
    [names],
  );

  return (
    <CallsClientProvider client={client}>
      <CallNotificationProvider
        url={STREAM_URL}
        getHeaders={getHeaders}
        getContactName={getContactName}
        formatNumber={formatNumber}
        onOpen={(call: Interaction) => setSelected(call.id)}
      >
        <header className="topbar">
          <strong>callbridge CRM</strong>
          <span data-testid="tenant-name">{session.tenantName}</span>
          <span className="muted">{session.userId}</span>
          <button type="button" onClick={onLogout}>
            Sign out
          </button>
        </header>
        <Live
          getHeaders={getHeaders}
          getContactName={getContactName}
          selected={selected}
          onSelect={setSelected}
        />
      </CallNotificationProvider>
    </CallsClientProvider>
  );
}

function Live({
  getHeaders,
  getContactName,
  selected,
  onSelect,
}: {
  getHeaders(): Record<string, string>;
  getContactName(call: Interaction): string | null | undefined;
  selected: string | null;
  onSelect(id: string | null): void;
}) {
  const calls = useCalls({ limit: 25 });
  const range = useMemo(
    () => ({ from: new Date(Date.now() - 30 * DAY), to: new Date(Date.now() + DAY) }),
    [],
  );
  const stats = useCallStats(range);
  const [detailVersion, setDetailVersion] = useState(0);
  const { panel, onKeyDown } = usePhonePanel(selected, () => onSelect(null));
  const stream = useEventStream(STREAM_URL, {
    getHeaders,
    onEvent: (event) => {
      calls.upsert(event.data);
      if (event.type !== 'call_ai_completed') stats.reload();
      if (event.data.id === selected) setDetailVersion((v) => v + 1);
    },
    onResync: () => {
      calls.reload();
      stats.reload();
    },
  });

  return (
    <main className="layout">
      <section className="column">
        <Stats stats={stats.data} status={stream.status} />
        <h2>Timeline</h2>
        {calls.error && <p role="alert">{calls.error.message}</p>}
        <ol className="timeline" data-testid="timeline">
          {calls.items.map((call) => (
            <li
              key={call.id}
              data-testid="timeline-item"
              data-id={call.id}
              data-call-id={call.sourceRecordId}
            >
              <CallTimelineItem
                interaction={call}
                getContactName={getContactName}
                formatNumber={formatNumber}
                onOpen={() => onSelect(call.id)}
              />
            </li>
          ))}
        </ol>
        {calls.hasMore && (
          <button type="button" onClick={calls.loadMore} disabled={calls.loadingMore}>
            Load more
          </button>
        )}
        {!calls.loading && calls.items.length === 0 && (
          <p className="muted">No calls yet. They appear here live.</p>
        )}
      </section>
      {/* Beside the timeline, sticky; on a phone, over it while a call is open (app.css). */}
      <section
        className={selected ? 'column detail open' : 'column detail'}
        ref={panel}
        tabIndex={-1}
        aria-label="Call"
        onKeyDown={onKeyDown}
      >
        {selected ? (
          <CallDetail
            id={selected}
            version={detailVersion}
            getHeaders={getHeaders}
            getContactName={getContactName}
            onClose={() => onSelect(null)}
          />
        ) : (
          <p className="muted">Open a call to see its recording, transcript and AI insights.</p>
        )}
      </section>
    </main>
  );
}
