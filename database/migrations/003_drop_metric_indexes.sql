-- The races table sorts the ids and keys of a day's races in memory (RaceQuery::ids), so the
-- indexes on single metrics served no query; they only slowed imports and took space.
DROP INDEX IF EXISTS race_metrics_turnout;
DROP INDEX IF EXISTS race_metrics_winner_share;
DROP INDEX IF EXISTS race_metrics_margin;
DROP INDEX IF EXISTS race_metrics_enc_lt;
DROP INDEX IF EXISTS race_metrics_enc_golosov;
DROP INDEX IF EXISTS race_metrics_candidates;
