import { type AppliedUpsert, applyUpsert } from '../ingest/publish.js';
import type { Insights } from '../model/insights.js';
import type { Interaction, InteractionMetadata, InteractionUpsert } from '../model/interaction.js';
import type { BridgeRuntime } from '../runtime.js';

/** Writes a background step's result into a record through the one upsert + announce path. */
export type RecordWriter = (
  metadata: InteractionMetadata,
  options?: { insights?: Insights | null; aiCompleted?: boolean },
) => Promise<AppliedUpsert>;

/**
 * A writer bound to one record: each call merges a sparse metadata (and insights) patch keyed on
 * the record's tenant, source and provider id, and announces the change on the stream. It never
 * moves the record's contact, case or time.
 */
export function recordWriter(runtime: BridgeRuntime, record: Interaction): RecordWriter {
  return (metadata, options = {}) => {
    const upsert: InteractionUpsert = {
      tenantId: record.tenantId,
      source: record.source,
      sourceRecordId: record.sourceRecordId,
      eventType: record.eventType,
      occurredAt: record.occurredAt,
      // Null never erases: a background write leaves the links as they are now, not as they were
      // when the job read the record (a later event may have linked another contact).
      contactId: null,
      caseId: null,
      metadata,
      insights: options.insights ?? null,
      locale: runtime.locale,
    };
    return applyUpsert(runtime, upsert, { aiCompleted: options.aiCompleted === true });
  };
}

/** A short error text for `metadata.lastError`: the message only, cut to 300 characters. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 300 ? `${message.slice(0, 297)}...` : message;
}
