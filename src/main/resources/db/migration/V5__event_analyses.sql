-- Each event's analysis (quotes, figures, names, summary) as the analyser of `version` found it, stored as JSON so
-- that an edition reads it instead of analysing the event again; a newer analyser version analyses again.
CREATE TABLE event_analysis (
    event_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    version     INT     NOT NULL,
    analysis    ${text} NOT NULL,
    analysed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_analysis_version ON event_analysis (version);
