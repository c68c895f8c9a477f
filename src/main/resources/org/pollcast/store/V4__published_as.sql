-- The name each poll was published under ("Savanta ComRes"), beside the house it belongs to (pollster:
-- "ComRes"). House effects group by house; tables show the published name. NULL for polls stored before this
-- column existed: they read as published under their house's name.
ALTER TABLE poll ADD COLUMN published_as TEXT;
