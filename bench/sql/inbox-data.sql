-- Generates :count realistic tickets (default 100000) of tenant acme with their SLA clocks, for
-- the inbox read benchmark. No process instances: the inbox reads only the ticket and sla_clock
-- rows. Deterministic (setseed). Run after the app created the schema and the demo tenants:
--   psql -v count=100000 -f bench/sql/inbox-data.sql atum_inbox_bench
\set ON_ERROR_STOP on
\if :{?count}
\else
  \set count 100000
\endif

SELECT setseed(0.42);

CREATE TEMP TABLE gen AS
SELECT g,
       now() - ((:count - g) * interval '365 days' / :count) AS created_at,
       random() AS r_type, random() AS r_status, random() AS r_priority, random() AS r_group,
       random() AS r_agent, random() AS r_category, random() AS r_subject, random() AS r_update
FROM generate_series(1, :count) AS g;

INSERT INTO ticket (id, tenant_id, ticket_key, type, status, priority, subject, description,
                    requester, category, impact, urgency, assignment_group, assignee, resolution,
                    reopen_count, process_instance_id, created_at, updated_at, resolved_at,
                    closed_at, version)
SELECT 10000000 + g, 'acme',
       prefix || '-' || lpad((100000 + g)::text, 6, '0'),
       type, status,
       CASE WHEN type = 'SERVICE_REQUEST' AND r_priority < 0.5 THEN NULL
            WHEN r_priority < 0.03 THEN 'P1' WHEN r_priority < 0.15 THEN 'P2'
            WHEN r_priority < 0.65 THEN 'P3' WHEN r_priority < 0.90 THEN 'P4' ELSE 'P5' END,
       (ARRAY['VPN drops every few minutes', 'Cannot print to floor printer',
              'Laptop does not boot', 'Password reset needed', 'Outlook keeps asking for password',
              'ERP invoice run failed', 'New starter needs an account', 'Wi-Fi slow in meeting room',
              'Monitor flickers', 'Shared drive not mapped', 'Teams calls drop',
              'Access to finance folder', 'Phone headset broken', 'Database backup alert',
              'Certificate expires soon', 'Badge reader offline'])[1 + floor(r_subject * 16)::int]
         || ' (' || (g % 977) || ')',
       'Generated for the inbox benchmark',
       'user' || lpad((g % 5000)::text, 4, '0'),
       (ARRAY['network', 'hardware', 'software', 'access', 'email', 'printer', 'vpn', 'erp',
              'facilities', 'other'])[1 + floor(r_category * 10)::int],
       'MEDIUM', 'MEDIUM',
       grp,
       CASE WHEN status = 'NEW' THEN NULL
            WHEN r_agent < 0.025 THEN 'agent'
            ELSE 'agent' || lpad((1 + floor(r_agent * 40))::text, 2, '0') END,
       CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN 'Fixed' END,
       0, NULL, created_at,
       created_at + (now() - created_at) * r_update * CASE WHEN status = 'CLOSED' THEN 0.2 ELSE 1 END,
       CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN created_at + interval '1 day' END,
       CASE WHEN status = 'CLOSED' THEN created_at + interval '4 days' END,
       0
FROM (
  SELECT gen.*,
         CASE WHEN r_type < 0.70 THEN 'INCIDENT' WHEN r_type < 0.90 THEN 'SERVICE_REQUEST'
              WHEN r_type < 0.96 THEN 'PROBLEM' ELSE 'CHANGE' END AS type,
         CASE WHEN r_type < 0.70 THEN 'INC' WHEN r_type < 0.90 THEN 'REQ'
              WHEN r_type < 0.96 THEN 'PRB' ELSE 'CHG' END AS prefix,
         -- Recent tickets are mostly open, older ones mostly closed (some stragglers stay open).
         CASE WHEN r_status < CASE WHEN created_at > now() - interval '14 days' THEN 0.60 ELSE 0.08 END
              THEN (ARRAY['NEW', 'IN_PROGRESS', 'IN_PROGRESS', 'PENDING'])[1 + floor(r_status * 1000)::int % 4]
              WHEN r_status < CASE WHEN created_at > now() - interval '14 days' THEN 0.70 ELSE 0.10 END
              THEN 'RESOLVED' ELSE 'CLOSED' END AS status,
         CASE WHEN r_group < 0.35 THEN 'service-desk' WHEN r_group < 0.50 THEN 'network-ops'
              ELSE (ARRAY['app-ops', 'dba', 'security', 'facilities', 'hr-it', 'field-services'])
                   [1 + floor((r_group - 0.5) * 12)::int] END AS grp
  FROM gen
) t;

-- Two clocks per ticket: first response and resolution, targets by priority on the 24x7 calendar.
-- First response stops once someone works the ticket; resolution pauses while PENDING or RESOLVED
-- and stops when CLOSED. A running clock past 75 % of its target is warned, past 100 % breached.
INSERT INTO sla_clock (tenant_id, ticket_id, kind, target, calendar_id, started_at, pauses,
                       paused_since, stopped_at, due_at, warned_at, breached_at,
                       checkpoints_reached, next_checkpoint_at, version)
SELECT 'acme', id, kind, 'PT' || minutes || 'M', '24x7', created_at, '',
       CASE WHEN NOT stopped AND status IN ('PENDING', 'RESOLVED') THEN updated_at END,
       CASE WHEN stopped THEN updated_at END,
       created_at + minutes * interval '1 minute',
       CASE WHEN now() > created_at + minutes * interval '45 second' THEN created_at + minutes * interval '45 second' END,
       CASE WHEN now() > created_at + minutes * interval '1 minute' THEN created_at + minutes * interval '1 minute' END,
       CASE WHEN now() > created_at + minutes * interval '1 minute' THEN 2
            WHEN now() > created_at + minutes * interval '45 second' THEN 1 ELSE 0 END,
       CASE WHEN stopped THEN NULL
            WHEN now() > created_at + minutes * interval '1 minute' THEN created_at + minutes * interval '90 second'
            WHEN now() > created_at + minutes * interval '45 second' THEN created_at + minutes * interval '1 minute'
            ELSE created_at + minutes * interval '45 second' END,
       0
FROM (
  SELECT t.id, t.status, t.created_at, t.updated_at, k.kind,
         CASE WHEN k.kind = 'FIRST_RESPONSE' THEN t.status NOT IN ('NEW')
              ELSE t.status = 'CLOSED' END AS stopped,
         (CASE COALESCE(t.priority, 'P4') WHEN 'P1' THEN 60 WHEN 'P2' THEN 240 WHEN 'P3' THEN 480
               WHEN 'P4' THEN 1440 ELSE 2880 END)
           * CASE WHEN k.kind = 'FIRST_RESPONSE' THEN 1 ELSE 5 END / 4 AS minutes
  FROM ticket t CROSS JOIN (VALUES ('FIRST_RESPONSE'), ('RESOLUTION')) AS k(kind)
  WHERE t.tenant_id = 'acme' AND t.id > 10000000
) c;

-- Keys raised later through the API continue after the generated ones.
INSERT INTO ticket_key_counter (tenant_id, prefix, last_value)
SELECT 'acme', p, 100000 + :count FROM unnest(ARRAY['INC', 'REQ', 'PRB', 'CHG']) AS p
ON CONFLICT (tenant_id, prefix) DO UPDATE SET last_value = EXCLUDED.last_value;

VACUUM ANALYZE ticket;
VACUUM ANALYZE sla_clock;

SELECT status, count(*) FROM ticket WHERE tenant_id = 'acme' GROUP BY status ORDER BY status;
