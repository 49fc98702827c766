-- PostgreSQL only: indexes for the inbox read model that H2 cannot build (trigram, partial and
-- expression indexes). Repeatable, so it is re-applied whenever this file changes.

-- Free text search is a case-insensitive "contains" on key and subject, which a B-tree cannot
-- serve; a trigram GIN index can (it cannot lead with tenant_id: the planner combines it with the
-- tenant condition). pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may
-- create it; where it is not installed or not allowed, the search still works, only without it.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): inbox text search runs without an index', SQLERRM;
END $$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS ix_ticket_inbox_text
      ON ticket USING gin (lower(ticket_key || ' ' || subject) gin_trgm_ops);
  END IF;
END $$;

-- The running clocks: "nearest SLA due first" walks them in due order and stops after one page;
-- "SLA at risk" reads which are warned, breached or due soon from the index alone.
DROP INDEX IF EXISTS ix_sla_clock_inbox_running;
CREATE INDEX ix_sla_clock_inbox_running
  ON sla_clock (tenant_id, due_at, ticket_id) INCLUDE (warned_at, breached_at)
  WHERE stopped_at IS NULL AND paused_since IS NULL;

-- Open tickets by priority (no priority last), for the views of open work sorted by priority.
CREATE INDEX IF NOT EXISTS ix_ticket_inbox_open_priority
  ON ticket (tenant_id, (COALESCE(priority, 'P9')), id)
  WHERE status IN ('NEW', 'IN_PROGRESS', 'PENDING');

-- "My groups": open tickets of a few groups, unassigned first, then last updated. Covering, so a
-- page's ids come from the index alone (the rows are read for the page only).
CREATE INDEX IF NOT EXISTS ix_ticket_inbox_open_group
  ON ticket (tenant_id, assignment_group, updated_at, id) INCLUDE (assignee)
  WHERE status IN ('NEW', 'IN_PROGRESS', 'PENDING');
