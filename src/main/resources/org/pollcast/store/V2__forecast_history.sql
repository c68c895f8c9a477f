-- One row per nightly forecast run that changed something: what it used and when.
CREATE TABLE forecast_run (
    id          INTEGER PRIMARY KEY,
    election    TEXT NOT NULL,
    run_at      TEXT NOT NULL,   -- first made
    checked_at  TEXT NOT NULL,   -- last confirmed by a run that found nothing new
    as_of       TEXT NOT NULL,
    poll_ids    TEXT NOT NULL,   -- the stored poll ids it used, comma-separated, ascending
    seed        INTEGER NOT NULL,
    sims        INTEGER NOT NULL
);

CREATE TABLE forecast_win (
    run_id  INTEGER NOT NULL REFERENCES forecast_run(id) ON DELETE CASCADE,
    option  TEXT NOT NULL,
    p_win   REAL NOT NULL,
    PRIMARY KEY (run_id, option)
);

CREATE INDEX forecast_run_by_election ON forecast_run (election, run_at);
