-- The stories of each edition as it was made, so that the next edition of the briefing can follow them: a story's
-- identity across editions (story_key), the date it was first told, and what it said (JSON: summary, quotes,
-- figures). Replaced whole when the edition is made again.
CREATE TABLE edition_story (
    briefing     VARCHAR(100)  NOT NULL,
    edition_date DATE          NOT NULL,
    story_rank   INT           NOT NULL,
    story_key    VARCHAR(100)  NOT NULL,
    since        DATE          NOT NULL,
    headline     VARCHAR(1000) NOT NULL,
    story        ${text}       NOT NULL,
    PRIMARY KEY (briefing, edition_date, story_rank)
);
CREATE INDEX edition_story_key ON edition_story (briefing, story_key);
