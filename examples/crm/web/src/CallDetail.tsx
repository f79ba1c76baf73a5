import type { Interaction } from '@callbridge/core';
import { CallPlayer, useCall } from '@callbridge/react';
import { useEffect } from 'react';

/** One call: the player (recording, speed, synced transcript), the AI summary, sentiment and tasks. */
export function CallDetail({
  id,
  version,
  getHeaders,
  getContactName,
  onClose,
}: {
  id: string;
  version: number;
  getHeaders(): Record<string, string>;
  getContactName(call: Interaction): string | null | undefined;
  onClose(): void;
}) {
  const call = useCall(id);
  // A live update of this call (recording stored, AI done): fetch the full record again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload on a new version only
  useEffect(() => {
    if (version > 0) call.reload();
  }, [version]);
  const data = call.data;
  if (call.error) return <p role="alert">{call.error.message}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  const m = data.metadata;
  const hasAudio = m.recordingStatus === 'stored';
  const getUrl = async () => {
    const res = await fetch(`/demo/recordings/${encodeURIComponent(data.id)}/url`, { headers: getHeaders() });
    if (!res.ok) throw new Error('The recording link could not be made.');
    return ((await res.json()) as { url: string }).url;
  };
  return (
    <article className="card" data-testid="call-detail" aria-label={data.title}>
      <header className="detail-head">
        <h2>{data.title}</h2>
        <button type="button" onClick={onClose} aria-label="Close call">
          ×
        </button>
      </header>
      <p>{data.body}</p>
      <dl className="facts">
        <dt>Source</dt>
        <dd>{data.source}</dd>
        <dt>Call id</dt>
        <dd>
          <code>{data.sourceRecordId}</code>
        </dd>
        <dt>Contact</dt>
        <dd>{data.contactId ? (getContactName(data) ?? data.contactId) : 'not matched'}</dd>
        <dt>Case</dt>
        <dd>{data.caseId ?? 'none'}</dd>
        <dt>Recording</dt>
        <dd>{m.recordingStatus ?? 'none'}</dd>
        <dt>Transcript</dt>
        <dd>{m.transcriptStatus ?? 'pending'}</dd>
      </dl>
      {/* Every call gets the player: until its recording is stored (or for a call without one,
          such as a missed call) it has no URL to play and says "No recording."; once stored it
          asks the app for a signed URL and plays. */}
      {(data.eventType === 'CALL' || data.insights?.transcript) && (
        <CallPlayer
          key={`${data.id}:${hasAudio}`}
          getUrl={hasAudio ? getUrl : undefined}
          duration={m.durationSeconds ?? null}
          transcript={data.insights?.transcript ?? null}
          sentiment={m.sentimentLabel ? { label: m.sentimentLabel, score: m.sentimentScore ?? null } : null}
        />
      )}
      {m.aiSummary && (
        <section>
          <h3>Summary</h3>
          <p data-testid="summary">{m.aiSummary}</p>
        </section>
      )}
      {m.extractedTasks && m.extractedTasks.length > 0 && (
        <section>
          <h3>Tasks</h3>
          <ul>
            {m.extractedTasks.map((t) => (
              <li key={t.title}>{t.title}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
