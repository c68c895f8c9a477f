-- One row per file or URL ingested that added polls: provenance.
CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    uri         TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

-- One row per poll: one contest and scope of one published poll.
CREATE TABLE poll (
    id              INTEGER PRIMARY KEY,
    election        TEXT NOT NULL,
    contest         TEXT NOT NULL,
    scope           TEXT NOT NULL,
    pollster        TEXT NOT NULL,
    client          TEXT NOT NULL DEFAULT '',
    poll_date       TEXT NOT NULL,   -- fieldwork end, else publication date (the dedup date)
    fieldwork_start TEXT,
    fieldwork_end   TEXT,
    published       TEXT,
    date_precision  TEXT NOT NULL,
    sample_size     INTEGER CHECK (sample_size IS NULL OR sample_size > 0),
    population      TEXT,
    mode            TEXT,
    dont_know       REAL,
    partial         INTEGER NOT NULL,
    notes           TEXT,
    citation        TEXT,
    external_id     TEXT,
    source_id       INTEGER NOT NULL REFERENCES source(id),
    source_location TEXT NOT NULL,
    ingested_at     TEXT NOT NULL,
    UNIQUE (election, pollster, client, poll_date, contest, scope)
);

CREATE TABLE share (
    poll_id  INTEGER NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    option   TEXT NOT NULL,
    share    REAL NOT NULL CHECK (share >= 0 AND share <= 100),
    PRIMARY KEY (poll_id, option)
);

CREATE INDEX poll_by_election_date ON poll (election, poll_date);
