-- Claimline store, schema version 2: feeds, inferred dates, claims, stories
-- and claim groups.

CREATE TABLE feeds (
  id             INTEGER PRIMARY KEY,
  url            TEXT NOT NULL UNIQUE,
  title          TEXT,
  folder         TEXT,
  etag           TEXT,
  last_modified  TEXT,
  last_fetched   INTEGER
);

-- 1 when "published" was inferred from the article's story, not read from it.
ALTER TABLE articles ADD COLUMN published_inferred INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN feed_id INTEGER REFERENCES feeds (id) ON DELETE SET NULL;

CREATE TABLE claims (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL CHECK (end >= start),
  sentence_start  INTEGER,
  sentence_end    INTEGER,
  kind            TEXT NOT NULL,
  text            TEXT NOT NULL,
  low             REAL,
  high            REAL,
  unit            TEXT,
  approx          INTEGER NOT NULL DEFAULT 0,
  attribute       TEXT,
  subject         TEXT,
  time_value      TEXT,
  time_low        TEXT,
  time_high       TEXT,
  time_inferred   INTEGER NOT NULL DEFAULT 0,
  modality        TEXT NOT NULL DEFAULT 'stated',
  attribution     TEXT,
  actor           TEXT,
  direction       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_by_article ON claims (article_id, start);

CREATE TABLE stories (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  first_date  TEXT,
  last_date   TEXT,
  created     INTEGER NOT NULL
);

CREATE TABLE story_articles (
  story_id    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_by_article ON story_articles (article_id);

CREATE TABLE claim_groups (
  id          INTEGER PRIMARY KEY,
  story_id    INTEGER REFERENCES stories (id) ON DELETE CASCADE,
  subject     TEXT,
  attribute   TEXT,
  time_value  TEXT,
  verdict     TEXT NOT NULL CHECK (verdict IN ('agree', 'conflict', 'single')),
  conflict    TEXT CHECK (conflict IS NULL OR conflict IN ('value', 'time'))
);

CREATE TABLE claim_group_members (
  group_id  INTEGER NOT NULL REFERENCES claim_groups (id) ON DELETE CASCADE,
  claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, claim_id)
);
CREATE INDEX claim_group_members_by_claim ON claim_group_members (claim_id);
