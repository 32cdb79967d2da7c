-- Sailau schema, version 2: the presenter's deck of charts, kept with the data it shows.

CREATE TABLE presentation_deck (
    id            INTEGER PRIMARY KEY,
    position      INTEGER NOT NULL,
    chart         TEXT NOT NULL,
    election_date TEXT,
    territory_id  INTEGER REFERENCES territory(id) ON DELETE SET NULL,
    options       TEXT
);
CREATE INDEX presentation_deck_position ON presentation_deck(position);
