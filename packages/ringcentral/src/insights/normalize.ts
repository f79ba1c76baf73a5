import type { CallEventInput, ExtractedTask, Insights, Logger, Sentiment } from '@callbridge/core';
import { sentimentLabel } from '@callbridge/core';
import type { z } from 'zod';
import { canonicalInsightKey, InsightItemSchemas, type InsightKey, type InsightsBody } from './schema.js';

type Items = { [K in InsightKey]?: z.infer<(typeof InsightItemSchemas)[K]>[] };

/** RingSense sentiment labels on the -1..1 score. */
export const SENTIMENT_SCORES: Record<string, number> = { positive: 1, neutral: 0, negative: -1 };

/**
 * Splits the `insights` object into documented keys (matched case-insensitively, items
 * validated) and everything else (kept as sent). A documented key whose items do not validate is
 * kept as sent too, so nothing RingSense says is lost.
 */
export function splitInsightKeys(
  insights: Record<string, unknown>,
  logger?: Logger,
): { items: Items; extra: Record<string, unknown> } {
  const items: Record<string, unknown[]> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(insights)) {
    const canonical = canonicalInsightKey(key);
    const parsed = canonical ? InsightItemSchemas[canonical].array().safeParse(value) : null;
    if (canonical && parsed?.success) {
      // Appended in place: a body may spell one key thousands of ways (case-insensitive match),
      // and copying the list for each spelling took seconds for a 1 MB body.
      const list = items[canonical] ?? [];
      for (const item of parsed.data) list.push(item);
      items[canonical] = list;
    } else {
      if (canonical) logger?.warn('ringcentral: insight key with an unexpected shape kept as sent', { key });
      extra[key] = value;
    }
  }
  return { items: items as Items, extra };
}

function sentimentOf(values: { value: string }[] | undefined): Sentiment | undefined {
  const value = values?.find((v) => v.value.toLowerCase() in SENTIMENT_SCORES)?.value.toLowerCase();
  if (value === undefined) return undefined;
  const score = SENTIMENT_SCORES[value] ?? 0;
  return { score, label: sentimentLabel(score) };
}

function aiScoreOf(values: { value: string | number }[] | undefined): number | undefined {
  const score = Number(values?.[0]?.value);
  return values?.length && Number.isFinite(score) ? score : undefined;
}

/** Maps the RingSense `insights` of a body onto callbridge Insights (speaker ids → names). */
export function toInsights(body: InsightsBody, logger?: Logger): Insights {
  const names = new Map<string, string>();
  for (const s of body.speakerInfo ?? []) if (s.name) names.set(s.speakerId, s.name);
  const speaker = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : null);
  const { items, extra } = splitInsightKeys(body.insights ?? {}, logger);
  const out: Insights = { origin: 'ringsense' };
  if (body.lastModifiedTime) out.modifiedAt = body.lastModifiedTime;
  if (items.Transcript) {
    out.transcript = items.Transcript.map((t) => ({
      speaker: speaker(t.speakerId),
      start: t.start,
      end: Math.max(t.start, t.end),
      text: t.text,
    }));
  }
  const summary = items.Summary?.map((s) => s.value).join('\n');
  const bullets = items.BulletedSummary?.map((b) => `- ${b.value}`).join('\n');
  if (summary || bullets) out.summary = summary || bullets;
  if (items.Highlights) out.highlights = items.Highlights.map((h) => h.value);
  if (items.NextSteps) {
    out.nextSteps = items.NextSteps.map((n) => n.value);
    out.tasks = items.NextSteps.map(
      (n): ExtractedTask => ({ title: n.value, assignee: speaker(n.speakerId), dueAt: null }),
    );
  }
  const sentiment = sentimentOf(items.Sentiment);
  if (sentiment) out.sentiment = sentiment;
  if (items.BulletedSummary) {
    extra.bulletedSummary = items.BulletedSummary.map((b) => ({
      value: b.value,
      section: b.section ?? null,
    }));
  }
  const aiScore = aiScoreOf(items.AIScore);
  if (aiScore !== undefined) extra.aiScore = aiScore;
  if (items.CallNotes) extra.callNotes = items.CallNotes.map((c) => c.value).join('\n');
  if (items.Sentiment && !sentiment) extra.sentimentRaw = items.Sentiment.map((s) => s.value);
  if (Object.keys(extra).length > 0) out.extra = extra;
  return out;
}

function direction(value: string | null | undefined): 'inbound' | 'outbound' | null {
  const v = value?.toLowerCase();
  return v === 'inbound' || v === 'outbound' ? v : null;
}

/**
 * Normalizes a RingSense insights notification into one CallEvent of kind `insights`, keyed on
 * the recording id (`sourceRecordId`) so it merges with the call-log row of the same recording.
 */
export function normalizeInsights(input: {
  tenantId: string;
  deliveryId: string;
  timestamp: string | null;
  body: InsightsBody;
  raw: unknown;
  logger?: Logger;
}): CallEventInput {
  const { body } = input;
  const dir = direction(body.callDirection);
  const external = body.speakerInfo?.find((s) => !s.extensionId && s.phoneNumber)?.phoneNumber ?? null;
  const owner = body.speakerInfo?.find(
    (s) => s.extensionId && body.ownerExtensionId && s.extensionId === body.ownerExtensionId,
  );
  const startedAt = body.recordingStartTime ?? null;
  return {
    provider: 'ringcentral',
    tenantId: input.tenantId,
    sourceRecordId: body.sourceRecordId,
    sourceSessionId: body.sourceSessionId ?? null,
    deliveryId: input.deliveryId,
    kind: 'insights',
    direction: dir,
    from: { raw: dir === 'inbound' ? external : (owner?.phoneNumber ?? null), e164: null },
    to: { raw: dir === 'outbound' ? external : (owner?.phoneNumber ?? null), e164: null },
    occurredAt: startedAt ?? body.creationTime ?? input.timestamp ?? new Date().toISOString(),
    startedAt,
    agent: owner ? { id: owner.extensionId ?? null, name: owner.name ?? null } : null,
    insights: toInsights(body, input.logger),
    extra: {
      ringsenseTitle: body.title ?? null,
      ringsenseDomain: body.domain ?? null,
      ringsenseRecordUri: body.rsRecordUri ?? null,
      recordingDurationMs: body.recordingDurationMs ?? null,
    },
    raw: input.raw,
  };
}

/** The `insights.extra` key of a call's other recording's insights. */
export const otherRecordingInsightsKey = (recordingId: string): string => `otherRecording:${recordingId}`;

/**
 * RingSense insights of one of a call's other recordings (listed in the record's
 * `metadata.otherRecordings`) as an `insights` event of the call's record, keyed on
 * `mainRecordingId`. They sit under `insights.extra["otherRecording:<id>"]` with that recording's
 * facts, so the record's own insights (its main recording's) are never replaced; the newer
 * `lastModifiedTime` wins between two events of that recording. The event says nothing of the
 * call's parties, direction or times: those are the main recording's.
 */
export function normalizeOtherRecordingInsights(input: {
  tenantId: string;
  deliveryId: string;
  timestamp: string | null;
  body: InsightsBody;
  mainRecordingId: string;
  raw: unknown;
  logger?: Logger;
}): CallEventInput {
  const { body } = input;
  const { origin: _origin, ...insights } = toInsights(body, input.logger);
  const other = {
    recordingId: body.sourceRecordId,
    title: body.title ?? null,
    recordingStartTime: body.recordingStartTime ?? null,
    recordingDurationMs: body.recordingDurationMs ?? null,
    ringsenseRecordUri: body.rsRecordUri ?? null,
    ...insights,
  };
  return {
    provider: 'ringcentral',
    tenantId: input.tenantId,
    sourceRecordId: input.mainRecordingId,
    sourceSessionId: body.sourceSessionId ?? null,
    deliveryId: input.deliveryId,
    kind: 'insights',
    direction: null,
    from: { raw: null, e164: null },
    to: { raw: null, e164: null },
    occurredAt: body.recordingStartTime ?? body.creationTime ?? input.timestamp ?? new Date().toISOString(),
    insights: {
      origin: 'ringsense',
      ...(body.lastModifiedTime ? { modifiedAt: body.lastModifiedTime } : {}),
      extra: { [otherRecordingInsightsKey(body.sourceRecordId)]: other },
    },
    raw: input.raw,
  };
}
