-- What a problem adds to its ticket: the root-cause analysis, the known error with its workaround,
-- and how it is fixed. One row per problem ticket, keyed by the ticket's id.

CREATE TABLE problem (
  ticket_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES ticket (id),
  tenant_id       VARCHAR(64)   NOT NULL REFERENCES tenant (id),
  ticket_key      VARCHAR(20)   NOT NULL,
  event_timeline  VARCHAR(20000),
  why_1           VARCHAR(2000),
  why_2           VARCHAR(2000),
  why_3           VARCHAR(2000),
  why_4           VARCHAR(2000),
  why_5           VARCHAR(2000),
  cause_category  VARCHAR(30),
  root_cause      VARCHAR(20000),
  symptom         VARCHAR(4000),
  workaround      VARCHAR(20000),
  category        VARCHAR(100),
  published_by    VARCHAR(100),
  published_at    TIMESTAMP WITH TIME ZONE,
  fix_state       VARCHAR(20)   NOT NULL,
  fix_change_id   BIGINT REFERENCES ticket (id),
  fix_change_key  VARCHAR(20),
  fix_note        VARCHAR(20000),
  resolved_at     TIMESTAMP WITH TIME ZONE,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT        NOT NULL,
  CONSTRAINT uq_problem_key UNIQUE (tenant_id, ticket_key)
);
-- Known errors are looked up by category for every incident page; changes by their ticket id.
CREATE INDEX ix_problem_known_error ON problem (tenant_id, published_at, category);
CREATE INDEX ix_problem_fix_change ON problem (fix_change_id);
