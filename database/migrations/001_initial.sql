-- Sailau schema, version 1.
-- Counts are stored, shares are derived. Every figure is nullable: NULL means "not known".
-- Statements are separated by a line that ends with ';'.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- One import (or the bundled sample, or a synthetic data set): what it added can be listed and undone.
CREATE TABLE import_batch (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL DEFAULT 'file' CHECK (kind = 'sample' OR kind = 'file' OR kind = 'synthetic'),
    file_name         TEXT NOT NULL,
    sha256            TEXT,
    imported_at       TEXT NOT NULL,
    rows_read         INTEGER NOT NULL DEFAULT 0,
    races_added       INTEGER NOT NULL DEFAULT 0,
    races_updated     INTEGER NOT NULL DEFAULT 0,
    candidates_added  INTEGER NOT NULL DEFAULT 0,
    territories_added INTEGER NOT NULL DEFAULT 0,
    options           TEXT
);
CREATE INDEX import_batch_sha256 ON import_batch(sha256);

CREATE TABLE source (
    id    INTEGER PRIMARY KEY,
    url   TEXT NOT NULL UNIQUE,
    title TEXT
);

-- country → region / city of republican significance → district / city of regional significance
-- → rural okrug / village / city of district significance: at most three levels below the
-- country, so a subtree is "itself, its children, or its region's" (id, parent_id, region_id).
-- path is '/<root id>/…/<own id>/', the way down to a unit.
CREATE TABLE territory (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES territory(id),
    region_id INTEGER REFERENCES territory(id),     -- the first-level unit it lies in (itself for one)
    -- (an OR chain: SQLite builds a temporary index for every IN list it checks, on every insert)
    level     TEXT NOT NULL CHECK (level = 'country' OR level = 'region' OR level = 'city_republican'
                                   OR level = 'district' OR level = 'city_regional' OR level = 'rural_okrug'
                                   OR level = 'village' OR level = 'city_district' OR level = 'settlement'),
    kato      TEXT,
    iso_code  TEXT,
    name      TEXT NOT NULL,
    name_kk   TEXT,
    name_ru   TEXT,
    name_en   TEXT,
    path       TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    match_key  TEXT NOT NULL DEFAULT '',
    tile_row  INTEGER,
    tile_col  INTEGER,
    synthetic INTEGER NOT NULL DEFAULT 0,
    batch_id  INTEGER REFERENCES import_batch(id)
);
CREATE INDEX territory_parent ON territory(parent_id);
CREATE INDEX territory_region ON territory(region_id);
CREATE UNIQUE INDEX territory_kato ON territory(kato) WHERE kato IS NOT NULL;

CREATE TABLE territory_alias (
    id           INTEGER PRIMARY KEY,
    territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    match_key    TEXT NOT NULL,
    batch_id     INTEGER REFERENCES import_batch(id),
    UNIQUE (territory_id, alias)
);
CREATE INDEX territory_alias_match ON territory_alias(match_key);

CREATE TABLE party (
    id         INTEGER PRIMARY KEY,
    short_name TEXT NOT NULL UNIQUE,
    name_kk    TEXT,
    name_ru    TEXT,
    name_en    TEXT,
    colour     TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);

-- Former names (Nur Otan → AMANAT) and other spellings, with the dates they were valid.
CREATE TABLE party_alias (
    id         INTEGER PRIMARY KEY,
    party_id   INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    match_key  TEXT NOT NULL,
    valid_from TEXT,
    valid_to   TEXT
);
CREATE INDEX party_alias_match ON party_alias(match_key);

CREATE TABLE election (
    id       INTEGER PRIMARY KEY,
    date     TEXT NOT NULL,
    level    TEXT NOT NULL CHECK (level = 'district' OR level = 'city_regional' OR level = 'regional_centre'
                                  OR level = 'rural'),
    kind     TEXT NOT NULL DEFAULT 'regular' CHECK (kind = 'regular' OR kind = 'early' OR kind = 'repeat'),
    title_kk TEXT,
    title_ru TEXT,
    title_en TEXT,
    batch_id INTEGER REFERENCES import_batch(id),
    UNIQUE (date, level, kind)
);

-- One election in one territory.
CREATE TABLE race (
    id                    INTEGER PRIMARY KEY,
    election_id           INTEGER NOT NULL REFERENCES election(id),
    territory_id          INTEGER NOT NULL REFERENCES territory(id),
    voters                INTEGER CHECK (voters >= 0),
    ballots_issued        INTEGER CHECK (ballots_issued >= 0),
    ballots_cast          INTEGER CHECK (ballots_cast >= 0),
    invalid               INTEGER CHECK (invalid >= 0),
    outside_station       INTEGER CHECK (outside_station >= 0),
    against_all           INTEGER CHECK (against_all >= 0),
    polling_stations      INTEGER CHECK (polling_stations >= 0),
    candidates_registered INTEGER CHECK (candidates_registered >= 0),
    turnout_published     REAL,
    search_key            TEXT NOT NULL DEFAULT '',
    synthetic             INTEGER NOT NULL DEFAULT 0,
    batch_id              INTEGER REFERENCES import_batch(id),
    UNIQUE (election_id, territory_id)
);
CREATE INDEX race_territory ON race(territory_id);

-- Where a race's figures come from. field = '' for the race as a whole, else the column name.
CREATE TABLE race_source (
    race_id   INTEGER NOT NULL REFERENCES race(id) ON DELETE CASCADE,
    field     TEXT NOT NULL DEFAULT '',
    source_id INTEGER NOT NULL REFERENCES source(id),
    batch_id  INTEGER REFERENCES import_batch(id),
    PRIMARY KEY (race_id, field, source_id)
) WITHOUT ROWID;
CREATE INDEX race_source_batch ON race_source(batch_id);

CREATE TABLE candidate (
    id                   INTEGER PRIMARY KEY,
    race_id              INTEGER NOT NULL REFERENCES race(id) ON DELETE CASCADE,
    position             INTEGER NOT NULL DEFAULT 0,
    name                 TEXT NOT NULL,
    search_key           TEXT NOT NULL DEFAULT '',
    nomination           TEXT,
    party_id             INTEGER REFERENCES party(id),
    self_nominated       INTEGER,
    votes                INTEGER CHECK (votes >= 0),
    vote_share_published REAL,
    elected              INTEGER,
    incumbent            INTEGER,
    sex                  TEXT,
    birth_year           INTEGER,
    occupation           TEXT,
    batch_id             INTEGER REFERENCES import_batch(id)
);
CREATE INDEX candidate_race ON candidate(race_id);

CREATE TABLE candidate_source (
    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (candidate_id, source_id)
) WITHOUT ROWID;

-- Finer grain, optional.
CREATE TABLE polling_station (
    id             INTEGER PRIMARY KEY,
    race_id        INTEGER NOT NULL REFERENCES race(id) ON DELETE CASCADE,
    number         TEXT NOT NULL,
    voters         INTEGER,
    ballots_issued INTEGER,
    ballots_cast   INTEGER,
    invalid        INTEGER,
    against_all    INTEGER,
    synthetic      INTEGER NOT NULL DEFAULT 0,
    batch_id       INTEGER REFERENCES import_batch(id)
);
CREATE INDEX polling_station_race ON polling_station(race_id);
CREATE INDEX polling_station_batch ON polling_station(batch_id);

-- Aggregates as published (national turnout, regional totals), kept apart from what Sailau computes.
CREATE TABLE published_figure (
    id             INTEGER PRIMARY KEY,
    election_date  TEXT NOT NULL,
    election_scope TEXT,
    territory_id   INTEGER REFERENCES territory(id),
    territory_name TEXT,
    metric         TEXT NOT NULL,
    value          REAL,
    value_text     TEXT,
    unit           TEXT,
    notes          TEXT,
    batch_id       INTEGER REFERENCES import_batch(id)
);
CREATE INDEX published_figure_date ON published_figure(election_date, territory_id);

CREATE TABLE published_figure_source (
    figure_id INTEGER NOT NULL REFERENCES published_figure(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source(id),
    PRIMARY KEY (figure_id, source_id)
) WITHOUT ROWID;

-- Values an import overwrote in races that existed before it, so that undo can restore them.
CREATE TABLE batch_change (
    batch_id  INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    race_id   INTEGER NOT NULL REFERENCES race(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    old_value,
    PRIMARY KEY (batch_id, race_id, field)
) WITHOUT ROWID;

CREATE TABLE batch_candidate_change (
    batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    old_value,
    PRIMARY KEY (batch_id, candidate_id, field)
) WITHOUT ROWID;

-- Computed by Sailau's one implementation of the metrics (database/metrics.cpp) whenever a race
-- changes; kept here so that tables sort and filter in SQL. NULL = missing.
CREATE TABLE race_metrics (
    race_id             INTEGER PRIMARY KEY REFERENCES race(id) ON DELETE CASCADE,
    turnout             REAL,
    turnout_basis       INTEGER NOT NULL DEFAULT 0,
    valid_votes         INTEGER,
    valid_votes_basis   INTEGER NOT NULL DEFAULT 0,
    winner_share        REAL,
    margin              REAL,
    margin_against_all  REAL,
    enc_laakso_taagepera REAL,
    enc_golosov         REAL,
    candidates          INTEGER,
    against_all_share   REAL,
    invalid_share       REAL,
    outside_share       REAL,
    winner_id           INTEGER REFERENCES candidate(id) ON DELETE SET NULL,
    missing             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX race_metrics_turnout ON race_metrics(turnout);
CREATE INDEX race_metrics_winner_share ON race_metrics(winner_share);
CREATE INDEX race_metrics_margin ON race_metrics(margin);
CREATE INDEX race_metrics_enc_lt ON race_metrics(enc_laakso_taagepera);
CREATE INDEX race_metrics_enc_golosov ON race_metrics(enc_golosov);
CREATE INDEX race_metrics_candidates ON race_metrics(candidates);
