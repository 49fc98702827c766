-- PostgreSQL only (H2 has no trigram indexes): the inbox's free text search is a case-insensitive
-- "contains" on key and subject, which a B-tree cannot serve; a trigram GIN index can.
-- pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it. Where it
-- is not installed or not allowed, the search still works, only without the index.
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
