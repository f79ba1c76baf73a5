import type { Interaction } from '@callbridge/core';

/** Columns selected for an interaction, in the shape `rowToInteraction` reads. */
export const INTERACTION_COLUMNS = `id, tenant_id, source, source_record_id, event_type, title, body,
  occurred_at_iso, created_at, updated_at, contact_id, case_id, metadata, insights, version`;

/** A row of the interactions table as both drivers return it. */
export interface InteractionRow {
  id: string;
  tenant_id: string;
  source: Interaction['source'];
  source_record_id: string;
  event_type: Interaction['eventType'];
  title: string;
  body: string;
  occurred_at_iso: string;
  created_at: Date | string;
  updated_at: Date | string;
  contact_id: string | null;
  case_id: string | null;
  metadata: Interaction['metadata'];
  insights: Interaction['insights'];
  version: number | string;
}

/** ISO-8601 (UTC, milliseconds) of a timestamptz value from either driver. */
export function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Maps a row onto the core model. */
export function rowToInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    caseId: row.case_id,
    contactId: row.contact_id,
    source: row.source,
    sourceRecordId: row.source_record_id,
    eventType: row.event_type,
    title: row.title,
    body: row.body,
    occurredAt: row.occurred_at_iso,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
    metadata: row.metadata ?? {},
    insights: row.insights ?? null,
    version: Number(row.version),
  };
}

/** Postgres text and jsonb cannot hold NUL characters; they are dropped from every string. */
export const dropNul = (_key: string, value: unknown) =>
  typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;

/**
 * A JSON value as a query parameter (cast it with `::jsonb`). NUL characters, which Postgres
 * cannot store, are removed from strings so a provider payload containing one is still stored.
 */
export function jsonParam(value: unknown): string {
  // JSON writes a NUL character as `\u0000`, so only a text holding that sequence needs the
  // replacer, which is several times slower than the plain call.
  const json: string | undefined = JSON.stringify(value);
  return json === undefined || json.includes('\\u0000') ? JSON.stringify(value, dropNul) : json;
}

/**
 * Parameters $1..$15 of an INSERT or UPDATE of every column, in `INTERACTION_COLUMNS` order
 * (the INSERT uses $8, occurredAt, twice: as timestamptz for ordering and as the exact ISO text).
 */
export function interactionParams(i: Interaction): unknown[] {
  return [
    i.id,
    i.tenantId,
    i.source,
    i.sourceRecordId,
    i.eventType,
    i.title,
    i.body,
    i.occurredAt,
    i.createdAt,
    i.updatedAt,
    i.contactId,
    i.caseId,
    jsonParam(i.metadata ?? {}),
    i.insights ? jsonParam(i.insights) : null,
    i.version,
  ];
}
