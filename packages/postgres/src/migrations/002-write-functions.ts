import { dollarTag } from '../sql/ident.js';
import type { MigrationNames } from './001-initial.js';

/** Name of the function that appends a batch of one tenant's events (see `PostgresEventLog`). */
export const APPEND_EVENTS_FUNCTION = 'callbridge_append_events';
/** Name of the function that inserts a new interaction or reads the stored one. */
export const INSERT_INTERACTION_FUNCTION = 'callbridge_insert_interaction';
/** Name of the function that writes a merged interaction if its version is still the one read. */
export const UPDATE_INTERACTION_FUNCTION = 'callbridge_update_interaction';

/**
 * Server-side functions for the two writes of every ingested event. They run the same statements
 * the stores used to send as SQL text, but PL/pgSQL keeps their plans per connection, so the
 * server no longer parses and plans them on every event (measured: about half the server CPU of an
 * event-log append). They are `SECURITY INVOKER` (the default): they run as the caller's role, so
 * the caller's `SET ROLE` and tenant setting, and with them row-level security, apply to every
 * statement inside exactly as before. The stores fall back to the SQL text when a schema does not
 * have them yet (`migrate: false` and an older schema).
 */
export function writeFunctions({ t }: MigrationNames): string {
  // The statements inside name the tables schema-qualified, like the stores' SQL text.
  const events = t('events');
  const counters = t('event_counters');
  const interactions = t('interactions');
  // `$cb$` unless a name holds it (the output is the same for every other schema name).
  const q = dollarTag(events, counters, interactions);
  return `
-- Appends p_items (a JSON array of {type, data}) for tenant p_tenant: moves the counter row by the
-- batch size (its row lock orders batches, so ids follow commit order), records how far retention
-- now drops (beyond the newest p_max events, or created more than p_max_age_ms before p_at, null:
-- the database clock), inserts the batch and deletes what was dropped.
CREATE FUNCTION ${t(APPEND_EVENTS_FUNCTION)}(p_tenant text, p_items jsonb, p_at text, p_max bigint, p_max_age_ms float8)
RETURNS TABLE (id text, tenant_id text, type text, data jsonb, created_at timestamptz)
LANGUAGE plpgsql VOLATILE AS ${q}
#variable_conflict use_column
DECLARE
  n bigint := jsonb_array_length(p_items);
BEGIN
  RETURN QUERY
  WITH c AS (
    INSERT INTO ${counters} AS ec (tenant_id, last_id, dropped_through)
    VALUES (p_tenant, n, GREATEST(0, n - p_max))
    ON CONFLICT (tenant_id) DO UPDATE SET
      last_id = ec.last_id + n,
      dropped_through = GREATEST(ec.dropped_through, ec.last_id + n - p_max,
        COALESCE((SELECT max(e.id + 0) FROM ${events} e WHERE e.tenant_id = p_tenant
          AND e.created_at < (SELECT COALESCE(p_at::timestamptz, clock_timestamp()) - p_max_age_ms * interval '1 millisecond')), 0))
    RETURNING ec.last_id, ec.dropped_through, COALESCE(p_at::timestamptz, clock_timestamp()) AS at
  ),
  ins AS (
    INSERT INTO ${events} AS ev (tenant_id, id, type, data, created_at)
    SELECT p_tenant, c.last_id - n + x.ord, x.item->>'type', x.item->'data', c.at
    FROM c, jsonb_array_elements(p_items) WITH ORDINALITY AS x(item, ord)
    RETURNING ev.id, ev.tenant_id, ev.type, ev.data, ev.created_at
  ),
  gone AS (DELETE FROM ${events} e USING c WHERE e.tenant_id = p_tenant AND e.id <= c.dropped_through)
  SELECT ins.id::text, ins.tenant_id, ins.type, ins.data, ins.created_at FROM ins ORDER BY ins.id;
END
${q};

-- Inserts an interaction unless (tenant_id, source, source_record_id) exists. Returns one row
-- with inserted = true when it did; otherwise the stored row with inserted = false (no row when
-- the conflicting row is not visible yet: the caller tries again).
CREATE FUNCTION ${t(INSERT_INTERACTION_FUNCTION)}(p_id text, p_tenant text, p_source text,
  p_source_record_id text, p_event_type text, p_title text, p_body text, p_occurred_at text,
  p_created_at text, p_updated_at text, p_contact_id text, p_case_id text, p_metadata jsonb,
  p_insights jsonb, p_version integer)
RETURNS TABLE (inserted boolean, id text, tenant_id text, source text, source_record_id text,
  event_type text, title text, body text, occurred_at_iso text, created_at timestamptz,
  updated_at timestamptz, contact_id text, case_id text, metadata jsonb, insights jsonb,
  version integer)
LANGUAGE plpgsql VOLATILE AS ${q}
#variable_conflict use_column
BEGIN
  INSERT INTO ${interactions} (id, tenant_id, source, source_record_id, event_type, title, body,
    occurred_at, occurred_at_iso, created_at, updated_at, contact_id, case_id, metadata, insights,
    version)
  VALUES (p_id, p_tenant, p_source, p_source_record_id, p_event_type, p_title, p_body,
    p_occurred_at::timestamptz, p_occurred_at, p_created_at::timestamptz, p_updated_at::timestamptz,
    p_contact_id, p_case_id, p_metadata, p_insights, p_version)
  ON CONFLICT (tenant_id, source, source_record_id) DO NOTHING;
  IF FOUND THEN
    inserted := true;
    RETURN NEXT;
    RETURN;
  END IF;
  RETURN QUERY SELECT false, i.id, i.tenant_id, i.source, i.source_record_id, i.event_type, i.title,
    i.body, i.occurred_at_iso, i.created_at, i.updated_at, i.contact_id, i.case_id, i.metadata,
    i.insights, i.version
  FROM ${interactions} i
  WHERE i.tenant_id = p_tenant AND i.source = p_source AND i.source_record_id = p_source_record_id;
END
${q};

-- Writes a merged interaction when the stored row still has version p_read_version (compare and
-- set). Returns true when it did, false when a concurrent writer changed the row first.
CREATE FUNCTION ${t(UPDATE_INTERACTION_FUNCTION)}(p_id text, p_tenant text, p_event_type text,
  p_title text, p_body text, p_occurred_at text, p_updated_at text, p_contact_id text,
  p_case_id text, p_metadata jsonb, p_insights jsonb, p_version integer, p_read_version integer)
RETURNS boolean
LANGUAGE plpgsql VOLATILE AS ${q}
BEGIN
  UPDATE ${interactions} SET event_type = p_event_type, title = p_title, body = p_body,
    occurred_at = p_occurred_at::timestamptz, occurred_at_iso = p_occurred_at,
    updated_at = p_updated_at::timestamptz, contact_id = p_contact_id, case_id = p_case_id,
    metadata = p_metadata, insights = p_insights, version = p_version
  WHERE id = p_id AND tenant_id = p_tenant AND version = p_read_version;
  RETURN FOUND;
END
${q};
`;
}
