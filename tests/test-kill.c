/* test-kill.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Crash safety of the store: a child process imports generated articles
 * (with figures and dates, so that claims, stories and groups are written)
 * into a store, and is killed with SIGKILL at a random moment.  After each
 * kill the store must open, pass PRAGMA integrity_check and the FTS index
 * check, and hold every article either whole (its claims, its story) or not
 * at all.  The next run goes on importing into the same store.
 *
 * CLAIMLINE_KILL_RUNS sets the number of kills (default 20).
 */

#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bench-corpus.h"
#include "claimline-claims.h"
#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-store.h"

#define N_ARTICLES 600
#define CORPUS_SEED 9

/* The child: imports the generated articles in order, writing 'b' to FD
 * before each article and 'e' once it is in the library. */
static void G_GNUC_NORETURN
import_child (const char *path,
              int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (path, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (CORPUS_SEED);
  gint64 n_stored;

  if (store == NULL)
    _exit (2);
  /* Articles go in in order, whole or not at all: the count is the index
   * of the next one.  Those before are generated again (the generator is
   * sequential) but not imported. */
  n_stored = claimline_store_count_articles (store, &error);
  if (n_stored < 0)
    _exit (2);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      char *text = bench_corpus_article (rand, i, 3);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      g_autofree char *name = g_strdup_printf ("report-%u.txt", i);
      g_autoptr(ClaimlineDocument) document = NULL;

      if (i < n_stored)
        continue;
      if (write (fd, "b", 1) != 1)
        _exit (3);
      document = claimline_import_bytes (bytes, name, "text/plain", &error);
      if (document == NULL ||
          !claimline_library_add_document (store, document, NULL, NULL, &error))
        _exit (4);
      if (write (fd, "e", 1) != 1)
        _exit (3);
    }
  _exit (0);
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Whether the kill left pages of an unfinished transaction in the WAL: the
 * last frame of the current WAL generation (frames whose salts match the
 * header) is not a commit frame.  Read before anything reopens the store. */
static gboolean
wal_has_uncommitted_frames (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree guint8 *data = NULL;
  gsize length, page_size, offset;
  gboolean last_commits = TRUE;

  if (!g_file_get_contents (wal, (char **) &data, &length, NULL) || length < 32)
    return FALSE;
  page_size = read_be32 (data + 8);
  if (page_size == 1)
    page_size = 65536;
  if (page_size < 512)
    return FALSE;
  for (offset = 32; offset + 24 + page_size <= length; offset += 24 + page_size)
    {
      const guint8 *frame = data + offset;

      if (memcmp (frame + 8, data + 16, 8) != 0)
        break;
      last_commits = read_be32 (frame + 4) != 0;
    }
  return !last_commits;
}

static gint64
query_int (sqlite3    *db,
           const char *sql,
           gint64      arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (strchr (sql, '?') != NULL)
    sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Checks everything the store holds after a kill; returns the number of
 * articles. */
static gint64
check_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (path, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n_articles = 0;
  char *message = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", 0), ==, 0);

  /* The FTS index against its table: SQLite's own check, then the count of
   * indexed rows. */
  if (sqlite3_exec (db, "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')",
                    NULL, NULL, &message) != SQLITE_OK)
    g_error ("FTS integrity check: %s", message);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM articles_fts_docsize", 0), ==,
                   query_int (db, "SELECT count(*) FROM articles", 0));

  /* Every story has articles; every group's claims belong to its story. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM stories s WHERE NOT EXISTS"
                                  " (SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)",
                              0), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM claim_group_members m"
                                  " JOIN claim_groups g ON g.id = m.group_id"
                                  " JOIN claims c ON c.id = m.claim_id"
                                  " WHERE NOT EXISTS (SELECT 1 FROM story_articles sa"
                                  " WHERE sa.story_id = g.story_id AND sa.article_id = c.article_id)",
                              0), ==, 0);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, title, text, published FROM articles",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *title = (const char *) sqlite3_column_text (stmt, 1);
      const char *text = (const char *) sqlite3_column_text (stmt, 2);
      const char *published = (const char *) sqlite3_column_text (stmt, 3);
      g_autoptr(GPtrArray) claims = NULL;
      g_autofree char *match = NULL;
      sqlite3_stmt *search = NULL;
      const char *report;
      GDate date;
      gboolean found = FALSE;

      /* Its claims are those the text gives against its date. */
      g_date_clear (&date, 1);
      claims = claimline_claims_extract (text, claimline_iso_date_parse (published, &date)
                                                 ? &date : NULL);
      g_assert_cmpuint (claims->len, >, 0);
      if (query_int (db, "SELECT count(*) FROM claims WHERE article_id = ?", id) != claims->len)
        g_error ("article %" G_GINT64_FORMAT " “%s” has %" G_GINT64_FORMAT " claims, its text %u",
                 id, title, query_int (db, "SELECT count(*) FROM claims WHERE article_id = ?", id),
                 claims->len);

      /* It is in exactly one story. */
      if (query_int (db, "SELECT count(*) FROM story_articles WHERE article_id = ?", id) != 1)
        g_error ("article %" G_GINT64_FORMAT " “%s” is in %" G_GINT64_FORMAT " stories", id,
                 title, query_int (db, "SELECT count(*) FROM story_articles WHERE article_id = ?",
                                   id));

      /* The index finds it by the number in its title. */
      report = strstr (title, "report ");
      g_assert_nonnull (report);
      match = g_strdup_printf ("title : \"%s\"", report);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rowid FROM articles_fts"
                                               " WHERE articles_fts MATCH ?1", -1, &search, NULL),
                       ==, SQLITE_OK);
      sqlite3_bind_text (search, 1, match, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (search) == SQLITE_ROW)
        found |= sqlite3_column_int64 (search, 0) == id;
      sqlite3_finalize (search);
      if (!found)
        g_error ("the index does not find article %" G_GINT64_FORMAT " by %s", id, match);
      n_articles++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n_articles;
}

static void
remove_store (const char *dir,
              const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (dir);
}

static void
test_kill_import (void)
{
  const char *runs_env = g_getenv ("CLAIMLINE_KILL_RUNS");
  guint runs = runs_env ? (guint) g_ascii_strtoull (runs_env, NULL, 10) : 20;
  g_autofree char *dir = g_dir_make_tmp ("claimline-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "claimline.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  guint mid_article = 0, mid_transaction = 0, completed = 0;
  gint64 n_articles = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint run = 0; run < runs; run++)
    {
      int fds[2];
      pid_t pid;
      char marks[N_ARTICLES * 2 + 1];
      gssize n_read = 0, got;
      int status;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          import_child (path, fds[1]);
        }
      close (fds[1]);

      /* Wait for the first article of this run, then let it work for a
       * random while (up to 250 ms: a few articles). */
      do
        got = read (fds[0], marks, 1);
      while (got < 0 && errno == EINTR);
      n_read = MAX (got, 0);
      g_usleep (g_rand_int_range (rand, 0, 250000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      while ((got = read (fds[0], marks + n_read, sizeof marks - 1 - n_read)) > 0)
        n_read += got;
      close (fds[0]);

      if (WIFEXITED (status))
        {
          /* The whole batch went in before the kill: start afresh. */
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          completed++;
        }
      else
        {
          g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
          if (n_read > 0 && marks[n_read - 1] == 'b')
            mid_article++;
          if (wal_has_uncommitted_frames (path))
            mid_transaction++;
        }

      n_articles = check_store (path);
      if (WIFEXITED (status))
        {
          g_assert_cmpint (n_articles, ==, N_ARTICLES);
          remove_store (dir, path);
          g_mkdir (dir, 0700);
        }
    }

  g_test_message ("%u runs in %.1f s: %u killed inside an article's import, %u with pages of"
                  " an unfinished transaction in the WAL, %u completed, %" G_GINT64_FORMAT
                  " articles at the end",
                  runs, (g_get_monotonic_time () - start) / 1e6, mid_article, mid_transaction,
                  completed, n_articles);
  if (g_getenv ("CLAIMLINE_KILL_RUNS") != NULL)
    g_printerr ("kill test: %u runs, %u kills inside an article's import, %u inside a write"
                " transaction (uncommitted WAL frames), %u completed batches, 0 failures,"
                " %" G_GINT64_FORMAT " articles\n",
                runs, mid_article, mid_transaction, completed, n_articles);
  g_assert_cmpuint (mid_article, >, 0);
  remove_store (dir, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kill/import", test_kill_import);

  return g_test_run ();
}
