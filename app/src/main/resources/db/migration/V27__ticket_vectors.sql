-- Each ticket's sentence vector (all-MiniLM-L6-v2, 384 floats, little-endian), the source of its
-- Lucene vector field (ADR 0023). Written after the ticket's commit; a missing row is filled in by
-- the sweep, so tickets never need it to exist.
CREATE TABLE ticket_vector (
  ticket_id   BIGINT       PRIMARY KEY REFERENCES ticket (id) ON DELETE CASCADE,
  tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  model       VARCHAR(64)  NOT NULL,
  vector      BYTEA        NOT NULL,
  resolved    BOOLEAN      NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_ticket_vector_tenant ON ticket_vector (tenant_id);
