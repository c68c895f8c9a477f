-- One survey may ask several run-off pairings (Macron v Le Pen and Macron v Melenchon of one French sample): each is a
-- poll of its own, told apart by the pair it asks, its option ids sorted and joined by ' v ' (empty for every other
-- scope). SQLite cannot change a UNIQUE constraint in place, so the poll table is rebuilt: a new table with the pair
-- in its key, every row copied with its id (shares, forecast runs' poll_ids and sources keep pointing at the same
-- polls), the old table dropped, the new one renamed. StoreSchema runs this with foreign keys off (dropping the old
-- table would otherwise delete every share by ON DELETE CASCADE) and checks them before it commits, all in the one
-- transaction of the migration: a failure leaves the store as it was.
CREATE TABLE poll_v6 (
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
    published_as    TEXT,
    runoff_pair     TEXT NOT NULL DEFAULT '',   -- a run-off's option ids, sorted, joined by ' v '; else empty
    UNIQUE (election, pollster, client, poll_date, contest, scope, runoff_pair)
);

-- A stored run-off's pair is the options of its shares, sorted as org.pollcast.poll.PollKey.pairOf sorts them (the
-- ids are ASCII, where SQLite's byte order and Java's agree).
INSERT INTO poll_v6 (id, election, contest, scope, pollster, client, poll_date, fieldwork_start, fieldwork_end,
        published, date_precision, sample_size, population, mode, dont_know, partial, notes, citation, external_id,
        source_id, source_location, ingested_at, published_as, runoff_pair)
    SELECT p.id, p.election, p.contest, p.scope, p.pollster, p.client, p.poll_date, p.fieldwork_start,
        p.fieldwork_end, p.published, p.date_precision, p.sample_size, p.population, p.mode, p.dont_know, p.partial,
        p.notes, p.citation, p.external_id, p.source_id, p.source_location, p.ingested_at, p.published_as,
        CASE WHEN p.scope = 'runoff'
            THEN COALESCE((SELECT group_concat(s.option, ' v ' ORDER BY s.option) FROM share s WHERE s.poll_id = p.id),
                '')
            ELSE '' END
    FROM poll p
    ORDER BY p.id;

DROP TABLE poll;

ALTER TABLE poll_v6 RENAME TO poll;

CREATE INDEX poll_by_election_date ON poll (election, poll_date);
