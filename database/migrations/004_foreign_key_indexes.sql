-- Sailau schema, version 4: an index on every column that refers to another table's row.
-- Deleting a row makes SQLite find the rows that refer to it (ON DELETE CASCADE / SET NULL, or
-- the check that none remain); without an index that is a scan of the whole table for every
-- deleted row, which made undoing a large import take hours.
CREATE INDEX IF NOT EXISTS race_metrics_winner ON race_metrics(winner_id);
CREATE INDEX IF NOT EXISTS batch_change_race ON batch_change(race_id);
CREATE INDEX IF NOT EXISTS batch_candidate_change_candidate ON batch_candidate_change(candidate_id);
CREATE INDEX IF NOT EXISTS candidate_batch ON candidate(batch_id);
CREATE INDEX IF NOT EXISTS candidate_party ON candidate(party_id);
CREATE INDEX IF NOT EXISTS candidate_source_source ON candidate_source(source_id);
CREATE INDEX IF NOT EXISTS race_batch ON race(batch_id);
CREATE INDEX IF NOT EXISTS race_source_source ON race_source(source_id);
CREATE INDEX IF NOT EXISTS territory_batch ON territory(batch_id);
CREATE INDEX IF NOT EXISTS territory_alias_batch ON territory_alias(batch_id);
CREATE INDEX IF NOT EXISTS election_batch ON election(batch_id);
CREATE INDEX IF NOT EXISTS party_alias_party ON party_alias(party_id);
CREATE INDEX IF NOT EXISTS published_figure_batch ON published_figure(batch_id);
CREATE INDEX IF NOT EXISTS published_figure_territory ON published_figure(territory_id);
CREATE INDEX IF NOT EXISTS published_figure_source_source ON published_figure_source(source_id);
CREATE INDEX IF NOT EXISTS presentation_deck_territory ON presentation_deck(territory_id);
