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

/** An unpaired UTF-16 surrogate, which jsonb rejects (`\ud800` is invalid input for it). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` as Postgres can store it: NUL characters (which text and jsonb cannot hold) removed, and
 * unpaired surrogates (which jsonb refuses) replaced by U+FFFD, as text columns store them.
 */
export function storableText(text: string): string {
  const out = text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
  return out.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * A `JSON.stringify` replacer that makes every string and every object key storable
 * (`storableText`). Keys are cleaned by returning a copy of their object (JSON then visits its
 * values). When two keys of one object become equal, a key that needed no cleaning keeps its
 * value; among cleaned keys the last one wins, as with a repeated key in JSON text.
 */
export const dropNul = (_key: string, value: unknown): unknown => {
  if (typeof value === 'string') return storableText(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.every((k) => storableText(k) === k)) return value;
  const out: Record<string, unknown> = {};
  const kept = new Set<string>();
  for (const k of keys) {
    const clean = storableText(k);
    if (clean === k) kept.add(k);
    else if (kept.has(clean)) continue;
    out[clean] = (value as Record<string, unknown>)[k];
  }
  return out;
};

/**
 * True when `json` (from `JSON.stringify`) may hold text Postgres cannot store: JSON writes a NUL
 * character and an unpaired surrogate as a `\u` escape, and no other printable character.
 */
export function needsCleaning(json: string): boolean {
  return json.includes('\\u');
}

/**
 * A JSON value as a query parameter (cast it with `::jsonb`). NUL characters, which Postgres
 * cannot store, are removed from strings and object keys (unpaired surrogates become U+FFFD) so a
 * provider payload containing one is still stored.
 */
export function jsonParam(value: unknown): string {
  // Only a text holding a `\u` escape needs the replacer, which is several times slower.
  const json: string | undefined = JSON.stringify(value);
  return json === undefined || needsCleaning(json) ? JSON.stringify(value, dropNul) : json;
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
