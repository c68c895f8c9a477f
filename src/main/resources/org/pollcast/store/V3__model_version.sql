-- The model version that made each recorded run: the report marks a model change instead of drawing it as
-- a move in the race. Runs recorded before this column existed are 'unrecorded'.
ALTER TABLE forecast_run ADD COLUMN model_version TEXT NOT NULL DEFAULT 'unrecorded';
