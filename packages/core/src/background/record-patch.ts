import { type AppliedUpsert, applyUpsert } from '../ingest/publish.js';
import { recordUpsert } from '../ingest/record-upsert.js';
import type { Insights } from '../model/insights.js';
import type { Interaction, InteractionMetadata } from '../model/interaction.js';
import type { BridgeRuntime } from '../runtime.js';
import { redactSecrets } from './redact.js';

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
    // A later event may have linked another contact: background writes leave the links alone.
    const upsert = recordUpsert(record, metadata, runtime.locale, options.insights ?? null);
    return applyUpsert(runtime, upsert, { aiCompleted: options.aiCompleted === true });
  };
}

/**
 * A short error text for `metadata.lastError` and logs: the message only, with URLs cut to host
 * and path and token-like values redacted (see `redactSecrets`), cut to 300 characters.
 */
export function errorText(error: unknown): string {
  const message = redactSecrets(error instanceof Error ? error.message : String(error));
  return message.length > 300 ? `${message.slice(0, 297)}...` : message;
}
