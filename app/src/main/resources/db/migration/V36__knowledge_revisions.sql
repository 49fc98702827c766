-- An edit of a published article is a pending revision until a knowledge manager approves it: the
-- article row (and the index) keep the published text; the revision's text is its version row.
ALTER TABLE knowledge_article ADD COLUMN revision_version INTEGER;
ALTER TABLE knowledge_article ADD COLUMN revision_by VARCHAR(100);
ALTER TABLE knowledge_article ADD COLUMN revision_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE knowledge_article ADD COLUMN revision_process_instance_id VARCHAR(64);
ALTER TABLE knowledge_article ADD COLUMN revision_comment VARCHAR(2000);
