-- A fingerprint of what a recorded run read besides its polls (election definitions, results, transfer prior,
-- palette, the nightly settings): a nightly run whose polls, date and model are the same but whose data changed
-- (a candidate named in the definition, a result corrected) is a new run, not "nothing new".
-- Runs recorded before this column existed are 'unrecorded'.
ALTER TABLE forecast_run ADD COLUMN inputs TEXT NOT NULL DEFAULT 'unrecorded';
