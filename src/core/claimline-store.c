/* claimline-store.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "claimline-error.h"
#include "claimline-resources.h"
#include "claimline-store-private.h"

/* The numbered migrations; step N brings the schema to user_version N. */
static const char * const migrations[] = {
  "schema/001-articles.sql",
  "schema/002-claims-stories-feeds.sql",
  "schema/003-story-features.sql",
  "schema/004-feed-state.sql",
  "schema/005-large-library.sql",
};

/* The columns claim_from_row() reads, in its order. */
#define CLAIM_COLUMNS \
  "c.start, c.end, c.sentence_start, c.sentence_end, c.kind, c.text, c.low, c.high, c.unit," \
  " c.approx, c.attribute, c.subject, c.time_value, c.time_low, c.time_high, c.time_inferred," \
  " c.modality, c.attribution, c.actor, c.direction, c.id, c.article_id, c.time_relative," \
  " g.id, g.verdict, g.conflict"

static const char * const statement_sql[N_STMTS] = {
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  [STMT_FIND_BY_HASH] = "SELECT id FROM articles WHERE content_hash = ?1",
  [STMT_FIND_BY_GUID] = "SELECT id FROM articles WHERE guid = ?1",
  [STMT_FIND_OUTLET] = "SELECT id FROM outlets WHERE name = ?1",
  [STMT_INSERT_OUTLET] = "INSERT INTO outlets (name) VALUES (?1)",
  [STMT_INSERT_ARTICLE] =
    "INSERT INTO articles (url, guid, title, outlet_id, author, published, fetched, text, content_hash)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [STMT_COUNT_ARTICLES] = "SELECT n FROM article_total",
  [STMT_LIST_IDS_BY_DATE] =
    "SELECT id FROM articles ORDER BY coalesce (published, '') DESC, id DESC",
  /* Two statements rather than one with a LEFT JOIN: each is answered in
   * index order, without sorting 100,000 rows. */
  [STMT_LIST_IDS_BY_OUTLET] =
    "SELECT a.id FROM outlets o JOIN articles a ON a.outlet_id = o.id"
    " ORDER BY o.name, coalesce (a.published, '') DESC, a.id DESC",
  [STMT_LIST_IDS_WITHOUT_OUTLET] =
    "SELECT id FROM articles WHERE outlet_id IS NULL"
    " ORDER BY coalesce (published, '') DESC, id DESC",
  [STMT_LOAD_SUMMARY] =
    "SELECT a.id, a.title, o.name, a.author, a.url, a.published, a.fetched,"
    " (SELECT count(*) FROM claims c WHERE c.article_id = a.id),"
    " EXISTS (SELECT 1 FROM claims c"
    "         JOIN claim_group_members m ON m.claim_id = c.id"
    "         JOIN claim_groups g ON g.id = m.group_id"
    "         WHERE c.article_id = a.id AND g.verdict = 'conflict'),"
    " a.published_inferred"
    " FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?1",
  [STMT_LOAD_TEXT] = "SELECT text FROM articles WHERE id = ?1",
  [STMT_SEARCH] =
    "SELECT f.rowid, a.title, o.name,"
    " snippet (articles_fts, 1, '[', ']', '…', 16),"
    " highlight (articles_fts, 1, char (1), char (2))"
    " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
    " LEFT JOIN outlets o ON o.id = a.outlet_id"
    " WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
  [STMT_INSERT_CLAIM] =
    "INSERT INTO claims (article_id, start, end, sentence_start, sentence_end, kind, text,"
    " low, high, unit, approx, attribute, subject, time_value, time_low, time_high,"
    " time_inferred, modality, attribution, actor, direction, time_relative)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?20, ?21, ?22)",
  [STMT_DELETE_CLAIMS] = "DELETE FROM claims WHERE article_id = ?1",
  [STMT_LOAD_CLAIMS] =
    "SELECT " CLAIM_COLUMNS
    " FROM claims c"
    " LEFT JOIN claim_group_members m ON m.claim_id = c.id"
    " LEFT JOIN claim_groups g ON g.id = m.group_id"
    " WHERE c.article_id = ?1 ORDER BY c.start, c.id",
  [STMT_SET_PUBLISHED] =
    "UPDATE articles SET published = ?2, published_inferred = ?3 WHERE id = ?1",
  [STMT_LIST_STORIES] =
    "SELECT s.id, s.title, s.first_date, s.last_date,"
    " (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id),"
    " (SELECT count(*) FROM claim_groups g WHERE g.story_id = s.id AND g.verdict = 'conflict')"
    " FROM stories s ORDER BY coalesce (s.last_date, '') DESC, s.id DESC",
  [STMT_STORY_IDS_BY_DATE] =
    "SELECT a.id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    " WHERE sa.story_id = ?1 ORDER BY coalesce (a.published, '') DESC, a.id DESC",
  [STMT_STORY_IDS_BY_OUTLET] =
    "SELECT a.id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    " LEFT JOIN outlets o ON o.id = a.outlet_id WHERE sa.story_id = ?1"
    " ORDER BY o.name IS NULL, o.name, coalesce (a.published, '') DESC, a.id DESC",
  [STMT_ARTICLE_STORY] = "SELECT story_id FROM story_articles WHERE article_id = ?1",
  [STMT_FEATURE_COUNT] = "SELECT articles FROM feature_counts WHERE feature = ?1",
  [STMT_FEATURE_STORIES] =
    "SELECT story_id, count FROM story_features WHERE feature = ?1 ORDER BY count DESC LIMIT 64",
  [STMT_COUNT_FEATURE] =
    "INSERT INTO feature_counts (feature, articles) VALUES (?1, 1)"
    " ON CONFLICT (feature) DO UPDATE SET articles = articles + 1",
  [STMT_ADD_STORY_FEATURE] =
    "INSERT INTO story_features (story_id, feature) VALUES (?1, ?2)"
    " ON CONFLICT (feature, story_id) DO UPDATE SET count = count + 1",
  [STMT_UNCOUNT_FEATURE] =
    "UPDATE feature_counts SET articles = articles - 1 WHERE feature = ?1",
  [STMT_DROP_UNCOUNTED_FEATURE] =
    "DELETE FROM feature_counts WHERE feature = ?1 AND articles <= 0",
  [STMT_REMOVE_STORY_FEATURE] =
    "UPDATE story_features SET count = count - 1 WHERE story_id = ?1 AND feature = ?2",
  [STMT_DROP_REMOVED_STORY_FEATURE] =
    "DELETE FROM story_features WHERE story_id = ?1 AND feature = ?2 AND count <= 0",
  [STMT_FEED_ARTICLE_IDS] = "SELECT id FROM articles WHERE feed_id = ?1 ORDER BY id",
  [STMT_INSERT_STORY] = "INSERT INTO stories (title, created) VALUES (?1, ?2)",
  [STMT_ADD_STORY_ARTICLE] =
    "INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?1, ?2)",
  [STMT_UPDATE_STORY] =
    "UPDATE stories SET title = ?2, first_date = ?3, last_date = ?4 WHERE id = ?1",
  [STMT_DELETE_STORY_GROUPS] = "DELETE FROM claim_groups WHERE story_id = ?1",
  [STMT_INSERT_GROUP] =
    "INSERT INTO claim_groups (story_id, subject, attribute, time_value, verdict, conflict,"
    " kind, unit, reason, hedged) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  [STMT_INSERT_GROUP_MEMBER] =
    "INSERT OR IGNORE INTO claim_group_members (group_id, claim_id) VALUES (?1, ?2)",
  [STMT_STORY_MEMBERS] =
    "SELECT " CLAIM_COLUMNS ", o.name, a.title"
    " FROM story_articles sa JOIN claims c ON c.article_id = sa.article_id"
    " JOIN articles a ON a.id = c.article_id LEFT JOIN outlets o ON o.id = a.outlet_id"
    " LEFT JOIN claim_group_members m ON m.claim_id = c.id"
    " LEFT JOIN claim_groups g ON g.id = m.group_id"
    " WHERE sa.story_id = ?1 ORDER BY a.id, c.start",
  [STMT_STORY_GROUPS] =
    "SELECT id, story_id, subject, attribute, kind, unit, time_value, verdict, conflict,"
    " reason, hedged FROM claim_groups WHERE story_id = ?1",
  [STMT_GROUP] =
    "SELECT id, story_id, subject, attribute, kind, unit, time_value, verdict, conflict,"
    " reason, hedged FROM claim_groups WHERE id = ?1",
  [STMT_GROUP_MEMBERS] =
    "SELECT " CLAIM_COLUMNS ", o.name, a.title"
    " FROM claim_group_members m JOIN claim_groups g ON g.id = m.group_id"
    " JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id"
    " LEFT JOIN outlets o ON o.id = a.outlet_id WHERE m.group_id = ?1"
    " ORDER BY coalesce (a.published, '9999'), a.id, c.start",
};

G_DEFINE_FINAL_TYPE (ClaimlineStore, claimline_store, G_TYPE_OBJECT)

static void
claimline_store_finalize (GObject *object)
{
  ClaimlineStore *self = (ClaimlineStore *)object;

  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (claimline_store_parent_class)->finalize (object);
}

static void
claimline_store_class_init (ClaimlineStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = claimline_store_finalize;
}

static void
claimline_store_init (ClaimlineStore *self)
{
}

void
claimline_store_set_error (ClaimlineStore  *self,
                           GError         **error,
                           const char      *what)
{
  int code = sqlite3_errcode (self->db);
  ClaimlineError claimline_code = CLAIMLINE_ERROR_STORE;
  const char *hint = NULL;

  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
    claimline_code = CLAIMLINE_ERROR_STORE_CORRUPT;
  /* The two faults a reader can fix, named in words (SQLite's message stays
   * for the details). */
  if (code == SQLITE_FULL)
    hint = "the disk is full";
  else if (code == SQLITE_READONLY)
    hint = "the store file or its folder is read-only";

  if (hint != NULL)
    g_set_error (error, CLAIMLINE_ERROR, claimline_code, "%s: %s (%s)", what, hint,
                 sqlite3_errmsg (self->db));
  else
    g_set_error (error, CLAIMLINE_ERROR, claimline_code,
                 "%s: %s", what, sqlite3_errmsg (self->db));
}

sqlite3_stmt *
claimline_store_statement (ClaimlineStore  *self,
                           StoreStatement   which,
                           GError         **error)
{
  g_assert (which < N_STMTS);

  if (self->stmts[which] == NULL &&
      sqlite3_prepare_v3 (self->db, statement_sql[which], -1,
                          SQLITE_PREPARE_PERSISTENT, &self->stmts[which], NULL) != SQLITE_OK)
    {
      claimline_store_set_error (self, error, "Cannot prepare a store query");
      return NULL;
    }
  return self->stmts[which];
}

/* Runs a statement that returns no rows. */
gboolean
claimline_store_step_done (ClaimlineStore  *self,
                           sqlite3_stmt    *stmt,
                           GError         **error)
{
  int rc = sqlite3_step (stmt);
  gboolean ok = (rc == SQLITE_DONE || rc == SQLITE_ROW);

  if (!ok)
    claimline_store_set_error (self, error, "Cannot write to the store");
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

static gboolean
run_simple (ClaimlineStore  *self,
            StoreStatement   which,
            GError         **error)
{
  sqlite3_stmt *stmt = claimline_store_statement (self, which, error);

  return stmt != NULL && claimline_store_step_done (self, stmt, error);
}

static gboolean
exec_sql (ClaimlineStore  *self,
          const char      *sql,
          const char      *what,
          GError         **error)
{
  char *message = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      int code = sqlite3_errcode (self->db);

      g_set_error (error, CLAIMLINE_ERROR,
                   (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                     ? CLAIMLINE_ERROR_STORE_CORRUPT : CLAIMLINE_ERROR_STORE,
                   "%s: %s", what, message ? message : sqlite3_errstr (code));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/* Transactions nest: the outermost begin is a BEGIN IMMEDIATE, inner ones
 * are savepoints, so that a caller can make several store writes (an
 * article, its story, the story's groups) one atomic step. */
gboolean
claimline_store_begin (ClaimlineStore  *self,
                       GError         **error)
{
  gboolean ok;

  if (self->transaction_depth == 0)
    ok = run_simple (self, STMT_BEGIN, error);
  else
    ok = exec_sql (self, "SAVEPOINT claimline_nested", "Cannot write to the store", error);
  if (ok)
    self->transaction_depth++;
  return ok;
}

gboolean
claimline_store_commit (ClaimlineStore  *self,
                        GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    ok = run_simple (self, STMT_COMMIT, error);
  else
    ok = exec_sql (self, "RELEASE claimline_nested", "Cannot write to the store", error);
  if (ok)
    self->transaction_depth--;
  return ok;
}

void
claimline_store_rollback (ClaimlineStore *self)
{
  if (self->transaction_depth == 0)
    return;
  self->transaction_depth--;
  /* SQLite itself may have rolled back already (disk full, I/O error). */
  if (sqlite3_get_autocommit (self->db))
    return;
  if (self->transaction_depth == 0)
    run_simple (self, STMT_ROLLBACK, NULL);
  else
    exec_sql (self, "ROLLBACK TO claimline_nested; RELEASE claimline_nested", "", NULL);
}

gboolean
claimline_store_transaction_begin (ClaimlineStore  *self,
                                   GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  return claimline_store_begin (self, error);
}

gboolean
claimline_store_transaction_commit (ClaimlineStore  *self,
                                    GError         **error)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  if (!claimline_store_commit (self, error))
    {
      claimline_store_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
claimline_store_transaction_rollback (ClaimlineStore *self)
{
  g_return_if_fail (CLAIMLINE_IS_STORE (self));

  claimline_store_rollback (self);
}

static gboolean
query_int (ClaimlineStore  *self,
           const char      *sql,
           gint64          *out_value,
           GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out_value = sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  else
    claimline_store_set_error (self, error, "Cannot read the store");
  sqlite3_finalize (stmt);
  return ok;
}

/* Applies one migration step and records it, all in one transaction. */
static gboolean
apply_migration (ClaimlineStore  *self,
                 guint            version,
                 GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;
  gsize size;
  const char *data;

  bytes = claimline_resources_lookup (migrations[version - 1], error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  sql = g_strndup (data, size);
  set_version = g_strdup_printf ("PRAGMA user_version = %u", version);

  if (!exec_sql (self, "BEGIN IMMEDIATE", "Cannot start a migration", error))
    return FALSE;
  if (!exec_sql (self, sql, "Cannot upgrade the store", error) ||
      !exec_sql (self, set_version, "Cannot upgrade the store", error) ||
      !exec_sql (self, "COMMIT", "Cannot upgrade the store", error))
    {
      claimline_store_rollback (self);
      return FALSE;
    }
  self->schema_version = version;
  return TRUE;
}

/* A database with tables but no version was not written by Claimline. */
static gboolean
check_is_claimline_store (ClaimlineStore  *self,
                          GError         **error)
{
  gint64 n_tables = 0;

  if (!query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, error))
    return FALSE;
  if (self->schema_version == 0 && n_tables > 0)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_CORRUPT,
                   "%s is an SQLite database but not a Claimline store", self->path);
      return FALSE;
    }
  if (self->schema_version > G_N_ELEMENTS (migrations))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_TOO_NEW,
                   "%s was written by a newer Claimline (schema %u, this version knows %u)",
                   self->path, self->schema_version, (guint) G_N_ELEMENTS (migrations));
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_database (ClaimlineStore  *self,
               GError         **error)
{
  gint64 version = 0;
  int rc;

  if (g_strcmp0 (self->path, ":memory:") != 0)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_IS_DIRECTORY,
                       "%s is a directory, not a store file", self->path);
          return FALSE;
        }
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE,
                       "Cannot create %s: %s", dir, g_strerror (saved_errno));
          return FALSE;
        }
    }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK && !query_int (self, "PRAGMA user_version", &version, NULL) &&
      (sqlite3_errcode (self->db) == SQLITE_READONLY ||
       sqlite3_errcode (self->db) == SQLITE_CANTOPEN))
    {
      /* A read-only file or folder: SQLite cannot make the WAL index
       * there, but can read the file as immutable (no other writer can
       * change it either). */
      g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
      g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);

      g_clear_pointer (&self->db, sqlite3_close);
      rc = sqlite3_open_v2 (uri, &self->db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
      if (rc == SQLITE_OK)
        self->read_only = TRUE;
    }
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE,
                   "Cannot open the store %s: %s", self->path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, 5000);

  /* The first read tells a store from a file that is not a database. */
  if (!query_int (self, "PRAGMA user_version", &version, NULL))
    {
      int code = sqlite3_errcode (self->db);

      if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_CORRUPT,
                     "%s is not a Claimline store: %s", self->path, sqlite3_errmsg (self->db));
      else
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE,
                     "Cannot read the store %s: %s", self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  self->schema_version = (guint) version;

  /* Checked before anything is written: a store of a newer version or
   * another program's database is left exactly as it was. */
  if (!check_is_claimline_store (self, error))
    return FALSE;
  if (self->read_only)
    return exec_sql (self, "PRAGMA foreign_keys = ON;", "Cannot configure the store", error);
  return exec_sql (self,
                   "PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = NORMAL;"
                   /* Statement journals of nested transactions and sorts
                    * stay in memory instead of a temporary file each. */
                   "PRAGMA temp_store = MEMORY;"
                   "PRAGMA foreign_keys = ON;",
                   "Cannot configure the store", error);
}

ClaimlineStore *
claimline_store_new_at_version (const char  *path,
                                guint        version,
                                GError     **error)
{
  g_autoptr(ClaimlineStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (version <= G_N_ELEMENTS (migrations), NULL);

  self = g_object_new (CLAIMLINE_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_database (self, error))
    return NULL;

  for (guint next = self->schema_version + 1; next <= version; next++)
    if (!apply_migration (self, next, error))
      return NULL;

  return g_steal_pointer (&self);
}

ClaimlineStore *
claimline_store_new (const char  *path,
                     GError     **error)
{
  return claimline_store_new_at_version (path, G_N_ELEMENTS (migrations), error);
}

char *
claimline_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "claimline", "claimline.db", NULL);
}

const char *
claimline_store_get_path (ClaimlineStore *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), NULL);

  return self->path;
}

guint
claimline_store_get_schema_version (ClaimlineStore *self)
{
  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), 0);

  return self->schema_version;
}

guint
claimline_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

gboolean
claimline_store_set_max_pages (ClaimlineStore  *self,
                               guint            n_pages,
                               GError         **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (CLAIMLINE_IS_STORE (self), FALSE);

  sql = g_strdup_printf ("PRAGMA max_page_count = %u", n_pages);
  return exec_sql (self, sql, "Cannot limit the store", error);
}

char *
claimline_store_move_aside (const char  *path,
                            GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  target = g_strdup_printf ("%s.corrupt-%s", path, stamp);
  /* Never overwrite an earlier copy moved aside in the same second. */
  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "Cannot move %s aside: %s", path, g_strerror (saved_errno));
      return NULL;
    }
  /* The journal files belong to the file moved: left behind, SQLite would
   * replay them into the fresh store. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "Cannot move %s aside: %s", from, g_strerror (saved_errno));
          return NULL;
        }
    }
  return g_steal_pointer (&target);
}
