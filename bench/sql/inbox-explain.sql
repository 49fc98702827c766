-- EXPLAIN ANALYZE of the inbox read model's main statements, as InboxReadModel builds them (with
-- literals for the parameters; the general order's page subquery is shown alone where the join
-- that reads the page's rows adds only 51 primary key lookups) for agent "agent" of acme: groups service-desk and network-ops.
--   psql -f bench/sql/inbox-explain.sql atum_inbox_bench
\set ON_ERROR_STOP on
\pset pager off
\set cols 't.id, t.ticket_key, t.type, t.status, t.priority, t.subject, t.requester, t.assignment_group, t.assignee, t.category, t.created_at, t.updated_at'
\set open '(''NEW'', ''IN_PROGRESS'', ''PENDING'')'
\set running 'c.tenant_id = ''acme'' AND c.stopped_at IS NULL AND c.paused_since IS NULL'

\echo '== ALL_OPEN, updated desc, first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, t.updated_at AS k0, t.id AS k1 FROM ticket t
WHERE t.tenant_id = 'acme' AND t.status IN :open
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

SELECT t.updated_at AS c0, t.id AS c1 FROM ticket t
WHERE t.tenant_id = 'acme' AND t.status IN :open
ORDER BY t.updated_at DESC, t.id DESC OFFSET 499 LIMIT 1 \gset
\echo '== ALL_OPEN, updated desc, page 11 (after a cursor)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, t.updated_at AS k0, t.id AS k1 FROM ticket t
WHERE t.tenant_id = 'acme' AND t.status IN :open
  AND t.updated_at <= :'c0' AND ((t.updated_at < :'c0') OR (t.updated_at = :'c0' AND t.id < :c1))
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '== MY_WORK'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, t.updated_at AS k0, t.id AS k1 FROM ticket t
WHERE t.tenant_id = 'acme' AND t.status IN :open AND t.assignee = 'agent'
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '== MY_GROUPS (unassigned first): a page of ids from the index, then their rows'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, p.k0, p.k1, p.k2 FROM (
  SELECT t.id AS page_id, CASE WHEN t.assignee IS NULL THEN 0 ELSE 1 END AS k0, t.updated_at AS k1,
         t.id AS k2
  FROM ticket t
  WHERE t.tenant_id = 'acme' AND t.status IN :open
    AND t.assignment_group IN ('network-ops', 'service-desk')
  ORDER BY CASE WHEN t.assignee IS NULL THEN 0 ELSE 1 END ASC, t.updated_at DESC, t.id DESC LIMIT 51
) p JOIN ticket t ON t.id = p.page_id AND t.tenant_id = 'acme'
ORDER BY p.k0 ASC, p.k1 DESC, p.k2 DESC;

\set nearest 'c.due_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sla_clock d WHERE d.tenant_id = ''acme'' AND d.stopped_at IS NULL AND d.paused_since IS NULL AND d.ticket_id = c.ticket_id AND (d.due_at < c.due_at OR (d.due_at = c.due_at AND d.id < c.id)))'
\echo '== ALL_OPEN, slaDue (running clocks in due order, each ticket at its nearest clock)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, c.due_at AS k0, t.id AS k1 FROM sla_clock c JOIN ticket t ON t.id = c.ticket_id
WHERE :running AND :nearest AND t.tenant_id = 'acme' AND t.status IN :open
ORDER BY c.due_at ASC, c.ticket_id ASC LIMIT 51;

\echo '== SLA_AT_RISK, slaDue'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, c.due_at AS k0, t.id AS k1 FROM sla_clock c JOIN ticket t ON t.id = c.ticket_id
WHERE :running AND :nearest AND t.tenant_id = 'acme' AND t.status IN :open
  AND t.id IN (SELECT c.ticket_id FROM sla_clock c WHERE :running
               AND (c.warned_at IS NOT NULL OR c.breached_at IS NOT NULL OR c.due_at <= now() + interval '2 hours'))
ORDER BY c.due_at ASC, c.ticket_id ASC LIMIT 51;

\echo '== a page''s clocks (SlaSummaries)'
SELECT string_agg(id::text, ',') AS ids FROM (SELECT t.id FROM ticket t WHERE t.tenant_id = 'acme'
  AND t.status IN :open ORDER BY t.updated_at DESC LIMIT 50) p \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.ticket_id, c.due_at, c.warned_at, c.breached_at, c.paused_since FROM sla_clock c
WHERE c.tenant_id = 'acme' AND c.ticket_id IN (:ids) AND c.stopped_at IS NULL;

\echo '== ALL_OPEN, priority'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, COALESCE(t.priority, 'P9') AS k0, t.id AS k1 FROM ticket t
WHERE t.tenant_id = 'acme' AND t.status IN :open
ORDER BY COALESCE(t.priority, 'P9') ASC, t.id ASC LIMIT 51;

\echo '== ALL_OPEN, text "vpn"'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, t.updated_at AS k0, t.id AS k1 FROM ticket t
WHERE t.tenant_id = 'acme' AND t.status IN :open
  AND LOWER(t.ticket_key || ' ' || t.subject) LIKE '%vpn%' ESCAPE '\'
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '== ALL, text "printer (12)" (rare)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT :cols, t.updated_at AS k0, t.id AS k1 FROM ticket t
WHERE t.tenant_id = 'acme'
  AND LOWER(t.ticket_key || ' ' || t.subject) LIKE '%printer (12)%' ESCAPE '\'
ORDER BY t.updated_at DESC, t.id DESC LIMIT 51;

\echo '== counts, one statement'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT
 (SELECT COUNT(*) FROM (SELECT t.id FROM ticket t WHERE t.tenant_id = 'acme' AND t.status IN :open AND t.assignee = 'agent' LIMIT 1000) v0) AS n0,
 (SELECT COUNT(*) FROM (SELECT t.id FROM ticket t WHERE t.tenant_id = 'acme' AND t.status IN :open AND t.assignment_group IN ('network-ops', 'service-desk') LIMIT 1000) v1) AS n1,
 (SELECT COUNT(*) FROM (SELECT t.id FROM ticket t WHERE t.tenant_id = 'acme' AND t.status IN :open LIMIT 1000) v2) AS n2,
 (SELECT COUNT(*) FROM (SELECT t.id FROM ticket t WHERE t.tenant_id = 'acme' AND t.status IN :open
   AND t.id IN (SELECT c.ticket_id FROM sla_clock c WHERE :running
               AND (c.warned_at IS NOT NULL OR c.breached_at IS NOT NULL OR c.due_at <= now() + interval '2 hours')) LIMIT 1000) v3) AS n3,
 (SELECT COUNT(*) FROM (SELECT t.id FROM ticket t WHERE t.tenant_id = 'acme' LIMIT 1000) v4) AS n4;
