-- The ticket row every type shares, its per-tenant key counters and its timeline
-- (conversation, system events, decisions and the field-level audit trail in one place).
CREATE TABLE ticket_key_counter (
  tenant_id  VARCHAR(64) NOT NULL REFERENCES tenant (id),
  prefix     VARCHAR(8)  NOT NULL,
  last_value BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, prefix)
);

-- Sequences handing out ids 50 at a time let Hibernate batch the inserts of one ticket's creation.
CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE timeline_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ticket (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  tenant_id           VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  ticket_key          VARCHAR(20)  NOT NULL,
  type                VARCHAR(20)  NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  priority            VARCHAR(2),
  subject             VARCHAR(255) NOT NULL,
  description         VARCHAR(20000),
  requester           VARCHAR(100) NOT NULL,
  category            VARCHAR(100),
  impact              VARCHAR(10),
  urgency             VARCHAR(10),
  assignment_group    VARCHAR(100),
  assignee            VARCHAR(100),
  resolution          VARCHAR(20000),
  reopen_count        INTEGER      NOT NULL,
  process_instance_id VARCHAR(64),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  resolved_at         TIMESTAMP WITH TIME ZONE,
  closed_at           TIMESTAMP WITH TIME ZONE,
  version             BIGINT       NOT NULL,
  CONSTRAINT uq_ticket_key UNIQUE (tenant_id, ticket_key)
);
CREATE INDEX ix_ticket_tenant_created ON ticket (tenant_id, created_at);
CREATE INDEX ix_ticket_tenant_status ON ticket (tenant_id, status, created_at);
CREATE INDEX ix_ticket_tenant_group ON ticket (tenant_id, assignment_group, status);
CREATE INDEX ix_ticket_tenant_assignee ON ticket (tenant_id, assignee, status);
CREATE INDEX ix_ticket_tenant_requester ON ticket (tenant_id, requester, created_at);
CREATE INDEX ix_ticket_process ON ticket (process_instance_id);

CREATE TABLE timeline_entry (
  id          BIGINT       NOT NULL PRIMARY KEY,
  tenant_id   VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  ticket_id   BIGINT       NOT NULL REFERENCES ticket (id),
  kind        VARCHAR(20)  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  internal    BOOLEAN      NOT NULL,
  body        VARCHAR(20000),
  field       VARCHAR(50),
  old_value   VARCHAR(20000),
  new_value   VARCHAR(20000),
  details     VARCHAR(20000)
);
CREATE INDEX ix_timeline_ticket ON timeline_entry (ticket_id, occurred_at);
