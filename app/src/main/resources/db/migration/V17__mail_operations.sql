-- Mail operations: what the receiving server said about the sender (SPF, DKIM, DMARC), a policy
-- per mailbox for failed DMARC (null: the global setting), and the sender of quarantined mail.
-- The indexes keep the per-sender rate limit a cheap count over a recent window.
ALTER TABLE mail_message ADD COLUMN spf VARCHAR(20);
ALTER TABLE mail_message ADD COLUMN dkim VARCHAR(20);
ALTER TABLE mail_message ADD COLUMN dmarc VARCHAR(20);
CREATE INDEX ix_mail_message_sender ON mail_message (tenant_id, sender, received_at);

ALTER TABLE mailbox ADD COLUMN sender_policy VARCHAR(20);
ALTER TABLE mailbox ADD CONSTRAINT ck_mailbox_sender_policy
  CHECK (sender_policy IN ('ACCEPT', 'QUARANTINE_ON_FAIL', 'MARK'));

ALTER TABLE mail_quarantine ADD COLUMN sender VARCHAR(320);
ALTER TABLE mail_quarantine ADD COLUMN cause VARCHAR(20);
CREATE INDEX ix_mail_quarantine_sender ON mail_quarantine (tenant_id, sender, received_at);
