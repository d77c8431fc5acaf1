-- The PDFs of editions and digests in the database as well as (or instead of) the archive folder, so that every
-- node of a cluster can read, mail and serve an edition another node made. ${blob} is BLOB on H2, BYTEA on
-- PostgreSQL.
CREATE TABLE edition_pdf (
    briefing     VARCHAR(100) NOT NULL,
    edition_date DATE         NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    pdf          ${blob}      NOT NULL,
    PRIMARY KEY (briefing, edition_date)
);

CREATE TABLE digest_pdf (
    briefing VARCHAR(100) NOT NULL,
    label    VARCHAR(200) NOT NULL,
    sha256   VARCHAR(64)  NOT NULL,
    pdf      ${blob}      NOT NULL,
    made_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (briefing, label)
);
