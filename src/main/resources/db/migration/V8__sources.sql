-- What each configured source (feed or inbox) last did: when it last succeeded, its last failure and why, how many
-- events it has collected, and what a feed's server said of its last answer (for a conditional GET next time).
CREATE TABLE source_status (
    name             VARCHAR(100)  NOT NULL PRIMARY KEY,
    last_success     TIMESTAMP WITH TIME ZONE,
    last_error_at    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    events_collected BIGINT        NOT NULL,
    etag             VARCHAR(1000),
    last_modified    VARCHAR(200)
);
