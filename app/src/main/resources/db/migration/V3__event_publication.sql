-- Spring Modulith's JDBC event publication registry (schema v2), written once for H2 and PostgreSQL.
CREATE TABLE event_publication (
  id                     UUID          NOT NULL PRIMARY KEY,
  listener_id            VARCHAR(512)  NOT NULL,
  event_type             VARCHAR(512)  NOT NULL,
  serialized_event       VARCHAR(4000) NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 VARCHAR(20),
  completion_attempts    INTEGER,
  last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
