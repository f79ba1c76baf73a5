import { describe, expect, it } from 'vitest';
import { type CallEventInput, CallEventSchema } from '../model/call-event.js';
import { callEvent, testBridge } from './harness.test-util.js';
import { buildUpsert } from './patch.js';

const ctx = {
  from: { raw: '0470 12 34 56', e164: '+32470123456' },
  to: { raw: null, e164: null },
  contactId: 'c1',
  caseId: null,
  locale: 'fr',
};
const build = (overrides: Partial<CallEventInput>) =>
  buildUpsert(CallEventSchema.parse(callEvent(overrides)), ctx);

describe('buildUpsert', () => {
  it('maps each call kind onto callType / callState', () => {
    const lifecycle = (kind: CallEventInput['kind'], extra: Partial<CallEventInput> = {}) => {
      const { metadata } = build({ kind, ...extra }).upsert;
      return [metadata.callType ?? null, metadata.callState ?? null];
    };
    expect(lifecycle('ringing')).toEqual(['ringing', 'ringing']);
    expect(lifecycle('answered')).toEqual(['answered', 'in_progress']);
    expect(lifecycle('ended')).toEqual([null, 'ended']);
    expect(lifecycle('ended', { answeredAt: '2026-02-17T10:30:05Z' })).toEqual(['answered', 'ended']);
    expect(lifecycle('missed')).toEqual(['missed', 'ended']);
    expect(lifecycle('voicemail')).toEqual(['voicemail', 'ended']);
    expect(lifecycle('note')).toEqual([null, null]);
    expect(lifecycle('sms')).toEqual([null, null]);
  });

  it('marks a call ended once its recording, transcript, summary or insights exist', () => {
    const lifecycle = (kind: CallEventInput['kind'], extra: Partial<CallEventInput> = {}) => {
      const { metadata } = build({ kind, ...extra }).upsert;
      return [metadata.callType ?? null, metadata.callState ?? null];
    };
    const recording = { url: 'https://r.test/r.mp3' };
    expect(lifecycle('recording_available', { recording })).toEqual(['answered', 'ended']);
    expect(lifecycle('recording_available', { recording: { ...recording, type: 'voicemail' } })).toEqual([
      null,
      'ended',
    ]);
    expect(lifecycle('recording_available')).toEqual([null, 'ended']);
    expect(lifecycle('insights', { insights: { summary: 'S' } })).toEqual(['answered', 'ended']);
    expect(lifecycle('transcript_available')).toEqual([null, 'ended']);
    expect(lifecycle('summary_available', { insights: { summary: 'S' } })).toEqual([null, 'ended']);
    expect(lifecycle('after_call')).toEqual([null, 'ended']);
  });

  it('leaves out null and absent values so a patch never erases', () => {
    const { upsert } = build({ kind: 'ringing', durationSeconds: null, agent: null, reason: null });
    expect(upsert.metadata).not.toHaveProperty('durationSeconds');
    expect(upsert.metadata).not.toHaveProperty('agent');
    expect(upsert.metadata).not.toHaveProperty('calleeNumber');
    expect(upsert.metadata).toMatchObject({ callerNumber: '+32470123456', callerNumberRaw: '0470 12 34 56' });
    expect(upsert).toMatchObject({ contactId: 'c1', caseId: null, locale: 'fr', source: 'RINGOVER' });
  });

  it('maps recordings, voicemails, notes and tags', () => {
    const rec = build({
      kind: 'voicemail',
      recording: { url: 'https://r.test/v.mp3', id: 'v1', requiresAuth: true, type: 'voicemail' },
    }).upsert.metadata;
    expect(rec).toMatchObject({
      recordingUrl: 'https://r.test/v.mp3',
      voicemailUrl: 'https://r.test/v.mp3',
      recordingId: 'v1',
      recordingRequiresAuth: true,
      recordingStatus: 'available',
    });
    const note = build({ kind: 'note', text: 'Call back Monday', tags: ['vip'] }).upsert.metadata;
    expect(note).toMatchObject({ comments: 'Call back Monday', tags: ['vip'] });
    expect(note).not.toHaveProperty('text');
    const afterCall = build({ kind: 'after_call', text: 'Quote sent', tags: ['devis'] }).upsert.metadata;
    expect(afterCall).toMatchObject({ comments: 'Quote sent', tags: ['devis'], callState: 'ended' });
    expect(afterCall).not.toHaveProperty('text');
  });

  it('maps insights with completed statuses and flags the AI completion', () => {
    const built = build({
      kind: 'insights',
      insights: {
        transcript: [{ speaker: 'A', start: 0, end: 1, text: 'Bonjour' }],
        summary: 'Résumé',
        sentiment: { score: -0.5, label: 'negative' },
        tasks: [{ title: 'Rappeler' }],
        modifiedAt: '2026-02-17T11:00:00Z',
      },
    });
    expect(built.aiCompleted).toBe(true);
    expect(built.upsert.metadata).toMatchObject({
      transcript: 'A: Bonjour',
      transcriptStatus: 'completed',
      aiSummary: 'Résumé',
      summaryStatus: 'completed',
      sentimentScore: -0.5,
      sentimentLabel: 'negative',
      tasksGenerated: true,
      extractedTasks: [{ title: 'Rappeler' }],
      insightsModifiedAt: '2026-02-17T11:00:00Z',
    });
    expect(build({ kind: 'ended' }).aiCompleted).toBe(false);
  });

  it('keeps provider extras but never lets them set a modelled field', () => {
    const { metadata } = build({
      kind: 'ringing',
      extra: { ivrName: 'Sales', callType: 'missed', lastError: 'x' },
    }).upsert;
    expect(metadata).toMatchObject({ ivrName: 'Sales', callType: 'ringing' });
    expect(metadata).not.toHaveProperty('lastError');
  });

  it("never lets a provider's extras set callbridge's bookkeeping (owed announcements, AI and download state)", async () => {
    const { bridge, events } = await testBridge({ background: false });
    await bridge.ingest(callEvent({ kind: 'ringing' }));
    const bookkeeping = {
      owedCallEventCreated: true,
      owedCallAiCompleted: true,
      aiAnnounced: true,
      aiCompletedAt: '2026-02-17T10:31:00.000Z',
      recordingFailures: 3,
    };
    const { interaction } = await bridge.ingest(
      callEvent({ kind: 'answered', extra: { ivrName: 'Sales', ...bookkeeping } }),
    );
    expect(interaction?.metadata).toMatchObject({ ivrName: 'Sales' });
    for (const key of Object.keys(bookkeeping)) expect(interaction?.metadata).not.toHaveProperty(key);
    // One creation, then one update: the extras did not make the record owe a second creation.
    expect(events.map((event) => event.type)).toEqual(['call_event_created', 'call_event_updated']);
    await bridge.close();
  });

  it('makes SMS records from sms events and starts the record at startedAt', () => {
    expect(build({ kind: 'sms', text: 'Hi' }).upsert).toMatchObject({
      eventType: 'SMS',
      metadata: { text: 'Hi' },
    });
    expect(build({ kind: 'ended', startedAt: '2026-02-17T10:29:00.000Z' }).upsert.occurredAt).toBe(
      '2026-02-17T10:29:00.000Z',
    );
  });
});
