-- Claimline store, schema version 4: what the last fetch of each feed gave,
-- so that errors can be shown per feed and servers are not asked again
-- before they allow it.

-- The message of the last failed refresh and when it happened (Unix time);
-- both NULL after a refresh that worked.
ALTER TABLE feeds ADD COLUMN last_error TEXT;
ALTER TABLE feeds ADD COLUMN last_error_time INTEGER;
-- The HTTP status of the last answer (200, 304, 404, …), NULL before one.
ALTER TABLE feeds ADD COLUMN last_status INTEGER;
-- A server that answered 429 or 503 with Retry-After: not before this Unix time.
ALTER TABLE feeds ADD COLUMN retry_after INTEGER;
-- The order feeds were added in, for lists and OPML export.
ALTER TABLE feeds ADD COLUMN added INTEGER;

CREATE INDEX articles_by_feed ON articles (feed_id) WHERE feed_id IS NOT NULL;
