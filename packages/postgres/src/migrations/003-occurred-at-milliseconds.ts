import { dollarTag, quoteLiteral } from '../sql/ident.js';
import type { MigrationNames } from './001-initial.js';
import { INSERT_INTERACTION_FUNCTION, UPDATE_INTERACTION_FUNCTION } from './002-write-functions.js';

/**
 * The `occurred_at` (ordering) value of an occurredAt text `expr`: the instant JavaScript reads,
 * to the millisecond, as core's model and in-memory store compare times. Fraction digits beyond
 * the third are cut before the server reads the text (it would round `.9999995` up to the next
 * second; JavaScript reads `.999`). The exact text is kept in `occurred_at_iso`.
 */
export const occurredAtSql = (expr: string) =>
  `date_trunc('milliseconds', regexp_replace(${expr}, '(\\.[0-9]{3})[0-9]+', '\\1')::timestamptz)`;

/**
 * Records order by occurredAt to the millisecond, like core's in-memory store (Postgres kept the
 * microseconds, so records less than a millisecond apart listed in another order). The write
 * functions of migration 2 are replaced (same signatures) to store the time to the millisecond,
 * and the stored times are cut to the millisecond. A migrating role that bypasses row-level
 * security (a superuser, BYPASSRLS) updates the rows as they are, and readers go on meanwhile. An
 * owner that does not bypass it has it lifted only while that UPDATE runs, inside the migration's
 * transaction (a failure leaves it forced): that ALTER TABLE locks readers and writers of
 * `interactions` out until the migration commits.
 */
export function occurredAtMilliseconds({ t }: MigrationNames): string {
  const interactions = t('interactions');
  const q = dollarTag(interactions);
  const at = occurredAtSql('p_occurred_at');
  const regclass = quoteLiteral(interactions);
  const cut = `UPDATE ${interactions} SET occurred_at = date_trunc('milliseconds', occurred_at)
      WHERE occurred_at <> date_trunc('milliseconds', occurred_at);`;
  return `
CREATE OR REPLACE FUNCTION ${t(INSERT_INTERACTION_FUNCTION)}(p_id text, p_tenant text, p_source text,
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
    ${at}, p_occurred_at, p_created_at::timestamptz, p_updated_at::timestamptz,
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

CREATE OR REPLACE FUNCTION ${t(UPDATE_INTERACTION_FUNCTION)}(p_id text, p_tenant text, p_event_type text,
  p_title text, p_body text, p_occurred_at text, p_updated_at text, p_contact_id text,
  p_case_id text, p_metadata jsonb, p_insights jsonb, p_version integer, p_read_version integer)
RETURNS boolean
LANGUAGE plpgsql VOLATILE AS ${q}
BEGIN
  UPDATE ${interactions} SET event_type = p_event_type, title = p_title, body = p_body,
    occurred_at = ${at}, occurred_at_iso = p_occurred_at,
    updated_at = p_updated_at::timestamptz, contact_id = p_contact_id, case_id = p_case_id,
    metadata = p_metadata, insights = p_insights, version = p_version
  WHERE id = p_id AND tenant_id = p_tenant AND version = p_read_version;
  RETURN FOUND;
END
${q};

DO ${q}
DECLARE
  forced boolean;
BEGIN
  IF (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user) THEN
    ${cut}
    RETURN;
  END IF;
  SELECT relforcerowsecurity INTO forced FROM pg_class WHERE oid = ${regclass}::regclass;
  IF forced THEN
    ALTER TABLE ${interactions} NO FORCE ROW LEVEL SECURITY;
  END IF;
  ${cut}
  IF forced THEN
    ALTER TABLE ${interactions} FORCE ROW LEVEL SECURITY;
  END IF;
END
${q};
`;
}
