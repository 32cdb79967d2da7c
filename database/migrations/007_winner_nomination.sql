-- The winner's nomination beside the winner in race_metrics, written with the other metrics, so
-- that reading many races (the Compare view, 200,000 of them) does not look each winner up in the
-- candidate table.
ALTER TABLE race_metrics ADD COLUMN winner_party_id INTEGER;
ALTER TABLE race_metrics ADD COLUMN winner_self_nominated INTEGER;
UPDATE race_metrics SET
    winner_party_id = (SELECT c.party_id FROM candidate c WHERE c.id = race_metrics.winner_id),
    winner_self_nominated = (SELECT c.self_nominated FROM candidate c WHERE c.id = race_metrics.winner_id)
    WHERE winner_id IS NOT NULL;
