import type { Insights } from '../model/insights.js';
import type { Interaction, InteractionMetadata, InteractionUpsert } from '../model/interaction.js';

/**
 * A sparse patch of a record that is already stored: same key (tenant, source, provider id), same
 * occurredAt and event type, and no contact or case link. Null never erases, so the links stay as
 * they are in the store now, not as they were when the caller read the record.
 */
export function recordUpsert(
  record: Interaction,
  metadata: InteractionMetadata,
  locale: string,
  insights: Insights | null = null,
): InteractionUpsert {
  return {
    tenantId: record.tenantId,
    source: record.source,
    sourceRecordId: record.sourceRecordId,
    eventType: record.eventType,
    occurredAt: record.occurredAt,
    contactId: null,
    caseId: null,
    metadata,
    insights,
    locale,
  };
}
