-- The studio's audit trail keeps the model's changes with publishes, rollbacks and migrations
-- (one line per added, removed or changed element; see ModelDiff.text), and the detail of a
-- migration names every instance moved or refused.
ALTER TABLE studio_audit ADD COLUMN diff VARCHAR(200000);
