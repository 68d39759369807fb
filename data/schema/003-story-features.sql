-- Claimline store, schema version 3: what stories are clustered by, and
-- what claim groups show.

-- The distinctive features of each story's articles (names, headline
-- words, figures), counted, so that a new article finds its story through
-- the features it shares without comparing it with every article.
CREATE TABLE story_features (
  story_id  INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  feature   TEXT NOT NULL,
  count     INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (feature, story_id)
) WITHOUT ROWID;
CREATE INDEX story_features_by_story ON story_features (story_id);

-- How many articles carry each feature: the rarer, the more it tells.
CREATE TABLE feature_counts (
  feature   TEXT PRIMARY KEY,
  articles  INTEGER NOT NULL
) WITHOUT ROWID;

ALTER TABLE claim_groups ADD COLUMN kind TEXT;
ALTER TABLE claim_groups ADD COLUMN unit TEXT;
ALTER TABLE claim_groups ADD COLUMN reason TEXT;
ALTER TABLE claim_groups ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0;
CREATE INDEX claim_groups_by_story ON claim_groups (story_id);

-- Whether a claim's time came from a relative expression ("last year"):
-- such times follow the article's date when it is inferred or corrected.
ALTER TABLE claims ADD COLUMN time_relative INTEGER NOT NULL DEFAULT 0;
