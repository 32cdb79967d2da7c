-- Whether a race's list of candidates is complete by the word of whoever imported it (1), or only
-- as far as its registered count or its ballots show (NULL). Metrics that need every candidate
-- (effective number, margin) are computed only for complete lists.
ALTER TABLE race ADD COLUMN candidate_list_complete INTEGER;
