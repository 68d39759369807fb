-- Claimline store, schema version 1: outlets, articles and their full-text index.

CREATE TABLE outlets (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  url           TEXT,
  guid          TEXT,
  title         TEXT NOT NULL CHECK (title <> ''),
  outlet_id     INTEGER REFERENCES outlets (id) ON DELETE SET NULL,
  author        TEXT,
  published     TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  fetched       INTEGER NOT NULL,
  text          TEXT NOT NULL CHECK (text <> ''),
  content_hash  TEXT NOT NULL UNIQUE
);

CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX articles_by_guid ON articles (guid) WHERE guid IS NOT NULL;
-- Matches the list's outlet order: outlets by name, then each outlet's newest first.
CREATE INDEX articles_by_outlet ON articles (outlet_id, coalesce (published, '') DESC, id DESC);
-- Matches the list's date order exactly so that listing ids needs no sort.
CREATE INDEX articles_by_date ON articles (coalesce (published, '') DESC, id DESC);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
