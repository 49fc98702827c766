-- A customer found frustrated on a ticket (agent assist): one row per ticket, written the first
-- time the frustration score reaches the threshold, so the timeline records it once and the SLA
-- escalation table reads the customerFrustrated input from here.
CREATE TABLE customer_frustration (
  ticket_id  BIGINT       PRIMARY KEY REFERENCES ticket (id),
  tenant_id  VARCHAR(64)  NOT NULL REFERENCES tenant (id),
  score      INTEGER      NOT NULL,
  signals    VARCHAR(400) NOT NULL,
  flagged_at TIMESTAMP WITH TIME ZONE NOT NULL
);
