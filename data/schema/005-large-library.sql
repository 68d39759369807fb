-- Claimline store, schema version 5: what a new article asks of a large
-- library, answered without reading all of it.

-- For each of its features, the stories that carry it most.  Common
-- features ("deal", an outlet's name) are in thousands of stories; with
-- this index the lookup reads the first rows in order instead of sorting
-- them all.
CREATE INDEX story_features_by_count ON story_features (feature, count DESC);

-- How many articles there are (the weight of every feature depends on it):
-- count(*) reads a whole index, this one row is kept by triggers.
CREATE TABLE article_total (
  n  INTEGER NOT NULL
);
INSERT INTO article_total (n) SELECT count(*) FROM articles;
CREATE TRIGGER article_total_insert AFTER INSERT ON articles BEGIN
  UPDATE article_total SET n = n + 1;
END;
CREATE TRIGGER article_total_delete AFTER DELETE ON articles BEGIN
  UPDATE article_total SET n = n - 1;
END;
