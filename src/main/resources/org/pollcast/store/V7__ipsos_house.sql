-- The alias table's house for Ipsos is "Ipsos" (data/aliases.yaml), where it was "Ipsos MORI", Britain's arm's name
-- from 2005 to 2021: Slovak, American, French and Swedish Ipsos polls were shown under it. A store written before
-- keeps its polls in one house with those ingested after: each is moved to "Ipsos", its published name kept where
-- the store had none (it read as its house's). A poll that would collide with one already under "Ipsos" (a user's own
-- alias table kept the two apart) stays where it is.
UPDATE poll SET published_as = pollster WHERE pollster = 'Ipsos MORI' AND published_as IS NULL;

UPDATE OR IGNORE poll SET pollster = 'Ipsos' WHERE pollster = 'Ipsos MORI';
