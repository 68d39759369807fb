/* test-store-faults.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store under faults: a full disk (SQLite's max_page_count), a
 * read-only file and folder, a damaged or truncated file, a store from a
 * newer version, and moving a broken store aside.  Each must give a clear
 * error and leave what was stored intact and readable.
 */

#include <errno.h>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "claimline-error.h"
#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-store.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("claimline-faults-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->path = g_build_filename (fixture->dir, "claimline.db", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0700);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* An article with figures and a date, its words unique to INDEX. */
static ClaimlineDocument *
make_article (guint index,
              guint paragraphs)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ClaimlineDocument *document;

  g_string_append_printf (text, "Harbour works report number%u\nOutlet: Evening Ledger\n"
                                "Published: %u March 2024\n\n", index, 1 + index % 28);
  for (guint p = 0; p < paragraphs; p++)
    g_string_append_printf (text, "The port authority said traffic rose %u%% to %u,000 containers"
                                  " in 2023, and spending reached $%u million, marker%u.\n\n",
                            3 + (index + p) % 40, 10 + p, 100 + index, index);
  bytes = g_bytes_new (text->str, text->len);
  document = claimline_import_bytes (bytes, "article.txt", "text/plain", &error);
  g_assert_no_error (error);
  return document;
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
assert_intact (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  /* Every article whole: in a story, with claims. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                                    " (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"
                                    " OR NOT EXISTS (SELECT 1 FROM claims c"
                                    " WHERE c.article_id = a.id)"), ==, 0);
}

/* A full disk: the import that does not fit fails with a clear error, the
 * store keeps what it had and takes new articles once there is room. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(ClaimlineDocument) big = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 pages, before;
  guint added = 0, index = 0;
  gboolean full = FALSE;

  g_assert_no_error (error);
  for (; index < 5; index++)
    {
      g_autoptr(ClaimlineDocument) document = make_article (index, 3);

      g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
      g_assert_no_error (error);
    }

  /* Room for a few small articles more, then none. */
  pages = query_int (fixture->path, "PRAGMA page_count");
  g_assert_true (claimline_store_set_max_pages (store, (guint) pages + 6, &error));
  g_assert_no_error (error);
  while (!full && index < 500)
    {
      g_autoptr(ClaimlineDocument) document = make_article (index++, 3);

      before = claimline_store_count_articles (store, &error);
      g_assert_no_error (error);
      if (claimline_library_add_document (store, document, NULL, NULL, &error))
        added++;
      else
        full = TRUE;
    }
  g_assert_true (full);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_test_message ("%u articles fitted; then: %s", added, error->message);
  g_clear_error (&error);
  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, before);

  /* A big article fails whole, in its first write. */
  big = make_article (index++, 400);
  g_assert_false (claimline_library_add_document (store, big, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE);
  g_clear_error (&error);
  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, before);

  /* Still readable, still whole. */
  ids = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, before);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ClaimlineArticle) article =
        claimline_store_load_article (store, g_array_index (ids, gint64, i), &error);

      g_assert_no_error (error);
      g_assert_nonnull (article);
    }
  assert_intact (fixture->path);

  /* Room again: the big article goes in. */
  g_assert_true (claimline_store_set_max_pages (store, 1u << 30, &error));
  g_assert_true (claimline_library_add_document (store, big, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, before + 1);
  g_clear_object (&store);
  assert_intact (fixture->path);
}

/* The checks of a read-only store; returns normally or aborts. */
static void
check_read_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (path, &error);
  g_autoptr(ClaimlineDocument) document = make_article (99, 2);
  g_autoptr(GArray) ids = NULL;

  /* It opens, for reading. */
  g_assert_no_error (error);
  g_assert_nonnull (store);
  ids = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_DATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_false (claimline_library_add_document (store, document, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_test_message ("write to a read-only store: %s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, 3);
}

/* Root ignores file modes: the checks then run in a child that has become
 * "nobody". */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  struct passwd *nobody = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ClaimlineDocument) document = make_article (i, 2);

      g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
    }
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);

  if (geteuid () != 0)
    {
      check_read_only (fixture->path);
      return;
    }
  nobody = getpwnam ("nobody");
  if (nobody == NULL)
    {
      g_test_skip ("running as root without a “nobody” user to drop to");
      return;
    }
  {
    pid_t pid = fork ();
    int status = 0;

    g_assert_cmpint (pid, >=, 0);
    if (pid == 0)
      {
        if (setgid (nobody->pw_gid) != 0 || setuid (nobody->pw_uid) != 0)
          _exit (77);
        check_read_only (fixture->path);
        _exit (0);
      }
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  }
  /* Nothing was changed. */
  g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count(*) FROM articles"), ==, 3);
}

static void
write_at (const char *path,
          goffset     offset,
          const char *bytes,
          gsize       length)
{
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  g_assert_cmpint (fseeko (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (bytes, 1, length, file), ==, length);
  fclose (file);
}

static void
make_store (const char *path,
            guint       n_articles)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(ClaimlineDocument) document = make_article (i, 6);

      g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
    }
}

/* Reading everything a store holds gives data or a clear error, never a
 * crash. */
static gboolean
read_everything (ClaimlineStore  *store,
                 GError         **error)
{
  g_autoptr(GArray) ids = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_DATE,
                                                             error);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ClaimlineArticle) article =
        claimline_store_load_article (store, g_array_index (ids, gint64, i), error);

      if (article == NULL)
        return FALSE;
    }
  stories = claimline_store_list_stories (store, error);
  if (stories == NULL)
    return FALSE;
  hits = claimline_store_search (store, "containers", 50, error);
  return hits != NULL;
}

/* A store damaged on disk: garbage over its pages, or cut short.  Opening
 * or reading fails with CLAIMLINE_ERROR_STORE_CORRUPT. */
static void
test_corrupt (Fixture       *fixture,
              gconstpointer  data)
{
  static const char garbage[] = "\xde\xad\xbe\xef garbage over the b-tree pages \xff\x00\x13";
  g_autofree char *truncated = g_build_filename (fixture->dir, "truncated.db", NULL);
  g_autofree char *header = g_build_filename (fixture->dir, "header.db", NULL);
  const char *paths[] = { fixture->path, truncated, header };
  g_autofree char *contents = NULL;
  gsize length;

  make_store (fixture->path, 30);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16 * 4096);

  /* Half of the file, and the file with a damaged header. */
  g_assert_true (g_file_set_contents (truncated, contents, length / 2, NULL));
  g_assert_true (g_file_set_contents (header, contents, length, NULL));
  write_at (header, 16, "\x00\x01\x7f", 3); /* page size */
  /* Garbage over every fourth page after the first. */
  for (goffset page = 1; page * 4096 < (goffset) length; page += 4)
    write_at (fixture->path, page * 4096 + 100, garbage, sizeof garbage - 1);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineStore) store = claimline_store_new (paths[i], &error);

      if (store != NULL && read_everything (store, &error))
        g_error ("%s: damage went unnoticed", paths[i]);
      g_assert_nonnull (error);
      if (!g_error_matches (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_CORRUPT))
        g_error ("%s: not reported as damage: %s", paths[i], error->message);
      g_test_message ("%s: %s: %s", paths[i], store ? "read" : "open", error->message);
    }
}

/* A store from a newer Claimline says so, and is left untouched. */
static void
test_too_new (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize length_before, length_after;
  sqlite3 *db = NULL;

  make_store (fixture->path, 2);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (fixture->path, &before, &length_before, NULL));

  store = claimline_store_new (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer Claimline"));
  g_assert_nonnull (strstr (error->message, "schema 99"));

  g_assert_true (g_file_get_contents (fixture->path, &after, &length_after, NULL));
  g_assert_cmpmem (before, length_before, after, length_after);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Moving aside renames the file with its journal files, never deletes,
 * never overwrites an earlier copy; a fresh store can then be made. */
static void
test_move_aside (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) pattern = g_regex_new ("\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$", 0, 0, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(ClaimlineStore) fresh = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);
      g_autofree char *text = g_strdup_printf ("first%s", suffixes[i]);

      g_assert_true (g_file_set_contents (file, text, -1, NULL));
    }
  first = claimline_store_move_aside (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (first, fixture->path));
  g_assert_true (g_regex_match (pattern, first, 0, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *old = g_strconcat (fixture->path, suffixes[i], NULL);
      g_autofree char *moved = g_strconcat (first, suffixes[i], NULL);
      g_autofree char *text = g_strdup_printf ("first%s", suffixes[i]);
      g_autofree char *contents = read_file (moved);

      g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
      g_assert_cmpstr (contents, ==, text);
    }

  /* Again within the same second: a new name, the first copy kept. */
  g_assert_true (g_file_set_contents (fixture->path, "second", -1, NULL));
  second = claimline_store_move_aside (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  {
    g_autofree char *kept = read_file (first);
    g_autofree char *moved = read_file (second);

    g_assert_cmpstr (kept, ==, "first");
    g_assert_cmpstr (moved, ==, "second");
  }

  fresh = claimline_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (claimline_store_count_articles (fresh, &error), ==, 0);

  /* Nothing to move is an error, not a crash. */
  {
    g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);

    g_assert_null (claimline_store_move_aside (missing, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-faults/full-disk", test_full_disk);
  ADD ("/store-faults/read-only", test_read_only);
  ADD ("/store-faults/corrupt", test_corrupt);
  ADD ("/store-faults/too-new", test_too_new);
  ADD ("/store-faults/move-aside", test_move_aside);
#undef ADD

  return g_test_run ();
}
