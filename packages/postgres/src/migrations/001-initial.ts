import { quoteLiteral } from '../sql/ident.js';

/** Names a migration's SQL is rendered with. */
export interface MigrationNames {
  /** Quoted schema-qualified table name. */
  t(name: string): string;
}

/** Tables whose rows belong to one tenant: row-level security applies to them. */
const TENANT_TABLES = ['interactions', 'event_counters', 'events'] as const;

function tenantPolicy(t: string): string {
  const match = `tenant_id = current_setting(${quoteLiteral('callbridge.tenant_id')}, true)`;
  return `
ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ${t} USING (${match}) WITH CHECK (${match});`;
}

/** The first schema: interactions, event log, checkpoints, dedupe claims, NOTIFY overflow. */
export function initialSchema({ t }: MigrationNames): string {
  return `
CREATE TABLE ${t('interactions')} (
  id text COLLATE "C" PRIMARY KEY,
  tenant_id text NOT NULL,
  source text NOT NULL,
  source_record_id text NOT NULL,
  event_type text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  occurred_at timestamptz NOT NULL,
  occurred_at_iso text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  contact_id text,
  case_id text,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  insights jsonb,
  version integer NOT NULL,
  CONSTRAINT interactions_source_key UNIQUE (tenant_id, source, source_record_id)
);
CREATE INDEX interactions_tenant_time_idx ON ${t('interactions')} (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX interactions_tenant_contact_idx ON ${t('interactions')} (tenant_id, contact_id);
CREATE INDEX interactions_tenant_case_idx ON ${t('interactions')} (tenant_id, case_id);

CREATE TABLE ${t('event_counters')} (
  tenant_id text PRIMARY KEY,
  last_id bigint NOT NULL,
  dropped_through bigint NOT NULL DEFAULT 0
);
CREATE TABLE ${t('events')} (
  tenant_id text NOT NULL,
  id bigint NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX events_tenant_created_idx ON ${t('events')} (tenant_id, created_at);

CREATE TABLE ${t('checkpoints')} (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ${t('dedupe')} (
  key text PRIMARY KEY,
  token text NOT NULL,
  state text NOT NULL CHECK (state IN ('claimed', 'committed')),
  expires_at timestamptz NOT NULL
);
CREATE INDEX dedupe_expires_idx ON ${t('dedupe')} (expires_at);

CREATE TABLE ${t('notify_overflow')} (
  id bigserial PRIMARY KEY,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
${TENANT_TABLES.map((name) => tenantPolicy(t(name))).join('\n')}
`;
}
