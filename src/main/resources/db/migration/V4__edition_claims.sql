-- One row per edition being made or made: a process making an edition holds its row locked (SELECT ... FOR UPDATE)
-- until the edition is archived, so that two processes never make the same edition at once.
CREATE TABLE edition_claim (
    briefing     VARCHAR(100) NOT NULL,
    edition_date DATE         NOT NULL,
    PRIMARY KEY (briefing, edition_date)
);
