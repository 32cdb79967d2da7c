-- Published percentages keep their basis; candidates' age at the election.
-- basis: 'ballots_cast', 'valid_votes' or 'voters'; NULL where it cannot be told.
ALTER TABLE race ADD COLUMN against_all_published REAL;
ALTER TABLE race ADD COLUMN against_all_published_basis TEXT;
ALTER TABLE candidate ADD COLUMN vote_share_basis TEXT;
ALTER TABLE candidate ADD COLUMN age INTEGER;
