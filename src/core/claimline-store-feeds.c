/* claimline-store-feeds.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Subscriptions and what their last refresh gave.  These statements run
 * once per feed and refresh, not per article, so they are prepared per
 * call rather than kept in the store's statement cache.
 */

#include "config.h"

#include "claimline-error.h"
#include "claimline-store-private.h"

#define FEED_COLUMNS \
  "f.id, f.url, f.title, f.folder, f.etag, f.last_modified, f.last_fetched, f.last_status," \
  " f.last_error, f.last_error_time, f.retry_after," \
  " (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)"

typedef sqlite3_stmt ClaimlineStmtFinalize;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineStmtFinalize, sqlite3_finalize)

void
claimline_feed_record_free (ClaimlineFeedRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->url);
  g_free (record->title);
  g_free (record->folder);
  g_free (record->etag);
  g_free (record->last_modified);
  g_free (record->last_error);
  g_free (record);
}

static sqlite3_stmt *
prepare (ClaimlineStore  *self,
         const char      *sql,
         GError         **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      claimline_store_set_error (self, error, "Cannot read the feeds");
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static ClaimlineFeedRecord *
feed_from_row (sqlite3_stmt *stmt)
{
  ClaimlineFeedRecord *record = g_new0 (ClaimlineFeedRecord, 1);

  record->id = sqlite3_column_int64 (stmt, 0);
  record->url = column_text (stmt, 1);
  record->title = column_text (stmt, 2);
  record->folder = column_text (stmt, 3);
  record->etag = column_text (stmt, 4);
  record->last_modified = column_text (stmt, 5);
  record->last_fetched = sqlite3_column_int64 (stmt, 6);
  record->last_status = (guint) sqlite3_column_int (stmt, 7);
  record->last_error = column_text (stmt, 8);
  record->last_error_time = sqlite3_column_int64 (stmt, 9);
  record->retry_after = sqlite3_column_int64 (stmt, 10);
  record->n_articles = (guint) sqlite3_column_int (stmt, 11);
  return record;
}

/* Runs STMT to completion; ERROR names WHAT on failure. */
static gboolean
run_to_done (ClaimlineStore  *self,
             sqlite3_stmt    *stmt,
             const char      *what,
             GError         **error)
{
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      claimline_store_set_error (self, error, what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_changed (ClaimlineStore  *self,
               gint64           feed_id,
               GError         **error)
{
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                   "There is no feed %" G_GINT64_FORMAT, feed_id);
      return FALSE;
    }
  return TRUE;
}

/* An empty title or folder is stored as none. */
static void
bind_optional (sqlite3_stmt *stmt,
               int           column,
               const char   *value)
{
  claimline_store_bind_text (stmt, column, value != NULL && *value != '\0' ? value : NULL);
}

gint64
claimline_store_add_feed (ClaimlineStore  *self,
                          const char      *url,
                          const char      *title,
                          const char      *folder,
                          gboolean        *out_added,
                          GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) insert = NULL;
  g_autoptr(ClaimlineStmtFinalize) find = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), 0);
  g_return_val_if_fail (url != NULL, 0);

  if (out_added != NULL)
    *out_added = FALSE;
  insert = prepare (self,
                    "INSERT INTO feeds (url, title, folder, added) VALUES (?1, ?2, ?3, ?4)"
                    " ON CONFLICT (url) DO NOTHING",
                    error);
  if (insert == NULL)
    return 0;
  claimline_store_bind_text (insert, 1, url);
  bind_optional (insert, 2, title);
  bind_optional (insert, 3, folder);
  sqlite3_bind_int64 (insert, 4, g_get_real_time () / G_USEC_PER_SEC);
  if (!run_to_done (self, insert, "Cannot add the feed", error))
    return 0;
  if (sqlite3_changes (self->db) > 0)
    {
      if (out_added != NULL)
        *out_added = TRUE;
      return sqlite3_last_insert_rowid (self->db);
    }

  find = prepare (self, "SELECT id FROM feeds WHERE url = ?1", error);
  if (find == NULL)
    return 0;
  claimline_store_bind_text (find, 1, url);
  if (sqlite3_step (find) != SQLITE_ROW)
    {
      claimline_store_set_error (self, error, "Cannot add the feed");
      return 0;
    }
  return sqlite3_column_int64 (find, 0);
}

GPtrArray *
claimline_store_list_feeds (ClaimlineStore  *self,
                            GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = NULL;
  g_autoptr(GPtrArray) feeds = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_feed_record_free);
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = prepare (self,
                  "SELECT " FEED_COLUMNS " FROM feeds f"
                  " ORDER BY f.folder IS NOT NULL, f.folder COLLATE NOCASE, f.added, f.id",
                  error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (feeds, feed_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      claimline_store_set_error (self, error, "Cannot read the feeds");
      return NULL;
    }
  return g_steal_pointer (&feeds);
}

ClaimlineFeedRecord *
claimline_store_load_feed (ClaimlineStore  *self,
                           gint64           feed_id,
                           GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  stmt = prepare (self, "SELECT " FEED_COLUMNS " FROM feeds f WHERE f.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, feed_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return feed_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                 "There is no feed %" G_GINT64_FORMAT, feed_id);
  else
    claimline_store_set_error (self, error, "Cannot read the feed");
  return NULL;
}

static gboolean
set_feed_column (ClaimlineStore  *self,
                 const char      *sql,
                 gint64           feed_id,
                 const char      *value,
                 GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, feed_id);
  bind_optional (stmt, 2, value);
  return run_to_done (self, stmt, "Cannot change the feed", error) &&
         check_changed (self, feed_id, error);
}

gboolean
claimline_store_set_feed_title (ClaimlineStore  *self,
                                gint64           feed_id,
                                const char      *title,
                                GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  return set_feed_column (self, "UPDATE feeds SET title = ?2 WHERE id = ?1", feed_id, title, error);
}

gboolean
claimline_store_set_feed_folder (ClaimlineStore  *self,
                                 gint64           feed_id,
                                 const char      *folder,
                                 GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  return set_feed_column (self, "UPDATE feeds SET folder = ?2 WHERE id = ?1", feed_id, folder, error);
}

static gboolean
exec_with_feed (ClaimlineStore  *self,
                const char      *sql,
                gint64           feed_id,
                GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, feed_id);
  return run_to_done (self, stmt, "Cannot remove the feed", error);
}

gboolean
claimline_store_remove_feed (ClaimlineStore  *self,
                             gint64           feed_id,
                             gboolean         delete_articles,
                             GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  if (!claimline_store_begin (self, error))
    return FALSE;

  /* Claims and story memberships go with their articles (ON DELETE
   * CASCADE); stories left without articles and groups left without
   * members go too. */
  if (delete_articles &&
      (!exec_with_feed (self, "DELETE FROM articles WHERE feed_id = ?1", feed_id, error) ||
       !exec_with_feed (self,
                        "DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)",
                        feed_id, error) ||
       !exec_with_feed (self,
                        "DELETE FROM claim_groups WHERE id NOT IN"
                        " (SELECT group_id FROM claim_group_members)",
                        feed_id, error)))
    goto failed;

  /* Kept articles lose their feed through ON DELETE SET NULL. */
  if (!exec_with_feed (self, "DELETE FROM feeds WHERE id = ?1", feed_id, error) ||
      !check_changed (self, feed_id, error))
    goto failed;

  return claimline_store_commit (self, error);

failed:
  claimline_store_rollback (self);
  return FALSE;
}

gint64
claimline_store_find_entry (ClaimlineStore  *self,
                            const char      *guid,
                            const char      *url,
                            GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = NULL;
  int rc;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), -1);

  if (guid == NULL && url == NULL)
    return 0;
  stmt = prepare (self,
                  "SELECT id FROM articles WHERE guid = ?1"
                  " UNION ALL SELECT id FROM articles WHERE url = ?2 LIMIT 1",
                  error);
  if (stmt == NULL)
    return -1;
  claimline_store_bind_text (stmt, 1, guid);
  claimline_store_bind_text (stmt, 2, url);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;
  claimline_store_set_error (self, error, "Cannot look up the entry");
  return -1;
}

gboolean
claimline_store_set_article_feed (ClaimlineStore  *self,
                                  gint64           article_id,
                                  gint64           feed_id,
                                  GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  stmt = prepare (self, "UPDATE articles SET feed_id = ?2 WHERE id = ?1 AND feed_id IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_int64 (stmt, 2, feed_id);
  return run_to_done (self, stmt, "Cannot tie the article to its feed", error);
}

gboolean
claimline_store_record_feed_fetch (ClaimlineStore  *self,
                                   gint64           feed_id,
                                   const char      *etag,
                                   const char      *last_modified,
                                   guint            status,
                                   gint64           when,
                                   GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  stmt = prepare (self,
                  "UPDATE feeds SET etag = ?2, last_modified = ?3, last_status = ?4,"
                  " last_fetched = ?5, last_error = NULL, last_error_time = NULL,"
                  " retry_after = NULL WHERE id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, feed_id);
  claimline_store_bind_text (stmt, 2, etag);
  claimline_store_bind_text (stmt, 3, last_modified);
  sqlite3_bind_int (stmt, 4, (int) status);
  sqlite3_bind_int64 (stmt, 5, when);
  return run_to_done (self, stmt, "Cannot record the refresh", error) &&
         check_changed (self, feed_id, error);
}

gboolean
claimline_store_record_feed_error (ClaimlineStore  *self,
                                   gint64           feed_id,
                                   const char      *message,
                                   guint            status,
                                   gint64           retry_after,
                                   gint64           when,
                                   GError         **error)
{
  g_autoptr(ClaimlineStmtFinalize) stmt = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  stmt = prepare (self,
                  "UPDATE feeds SET last_error = ?2, last_error_time = ?3, last_status = ?4,"
                  " retry_after = ?5 WHERE id = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, feed_id);
  claimline_store_bind_text (stmt, 2, message);
  sqlite3_bind_int64 (stmt, 3, when);
  if (status > 0)
    sqlite3_bind_int (stmt, 4, (int) status);
  if (retry_after > 0)
    sqlite3_bind_int64 (stmt, 5, retry_after);
  return run_to_done (self, stmt, "Cannot record the failed refresh", error) &&
         check_changed (self, feed_id, error);
}
