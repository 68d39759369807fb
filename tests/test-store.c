/* test-store.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "claimline-error.h"
#include "claimline-sample.h"
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
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("claimline-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "store.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_unlink (child);
      g_object_unref (info);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static ClaimlineDocument *
make_document (const char *title,
               const char *outlet,
               const char *published,
               const char *text)
{
  ClaimlineDocument *document = claimline_document_new ();

  document->title = g_strdup (title);
  document->outlet = g_strdup (outlet);
  document->published = g_strdup (published);
  document->text = g_strdup (text);
  document->content_hash = text ? g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1)
                                 : g_strdup ("0");
  return document;
}

static void
test_new_store_is_current (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(ClaimlineDocument) document = make_document ("T", "O", NULL, "Body text.");
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (claimline_store_get_schema_version (store), ==,
                    claimline_store_get_latest_version ());
  g_assert_cmpuint (claimline_store_get_latest_version (), >=, 2);
  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, 0);

  /* Writes go through the write-ahead log. */
  g_assert_true (claimline_store_add_document (store, document, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_migrate_from_version_1 (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) old_store = NULL;
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  gint64 id = 0;

  old_store = claimline_store_new_at_version (fixture->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claimline_store_get_schema_version (old_store), ==, 1);
  document = make_document ("Harbour expansion approved", "Coastal Times", "2025-03-02",
                            "The council approved the harbour expansion on Tuesday.");
  g_assert_true (claimline_store_add_document (old_store, document, &id, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&old_store);

  store = claimline_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (claimline_store_get_schema_version (store), ==,
                    claimline_store_get_latest_version ());

  /* The article count the migration starts keeping includes the old row,
   * and follows new ones. */
  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, 1);
  {
    g_autoptr(ClaimlineDocument) second = make_document ("Channel dredging begins", "Coastal Times",
                                                         "2025-04-11", "Dredging of the channel began.");

    g_assert_true (claimline_store_add_document (store, second, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (claimline_store_count_articles (store, &error), ==, 2);
  }

  /* The old row survived and the new columns and tables answer for it. */
  article = claimline_store_load_article (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (claimline_article_get_title (article), ==, "Harbour expansion approved");
  g_assert_cmpstr (claimline_article_get_outlet (article), ==, "Coastal Times");
  g_assert_cmpstr (claimline_article_get_published (article), ==, "2025-03-02");
  g_assert_cmpuint (claimline_article_get_n_claims (article), ==, 0);
  g_assert_false (claimline_article_get_has_conflict (article));

  hits = claimline_store_search (store, "harbour", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
}

static void
test_duplicates_are_not_added (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(ClaimlineDocument) first = make_document ("One", "A", NULL, "Same words.");
  g_autoptr(ClaimlineDocument) again = make_document ("One again", "B", NULL, "Same words.");
  g_autoptr(ClaimlineDocument) by_guid = make_document ("Two", "A", NULL, "Other words.");
  g_autoptr(ClaimlineDocument) same_guid = make_document ("Two", "A", NULL, "Edited words.");
  gint64 id1 = 0, id2 = 0, id3 = 0, id4 = 0;
  gboolean added = FALSE;

  g_assert_true (claimline_store_add_document (store, first, &id1, &added, &error));
  g_assert_true (added);
  g_assert_true (claimline_store_add_document (store, again, &id2, &added, &error));
  g_assert_false (added);
  g_assert_cmpint (id1, ==, id2);

  by_guid->guid = g_strdup ("urn:example:2");
  same_guid->guid = g_strdup ("urn:example:2");
  g_assert_true (claimline_store_add_document (store, by_guid, &id3, &added, &error));
  g_assert_true (added);
  g_assert_true (claimline_store_add_document (store, same_guid, &id4, &added, &error));
  g_assert_false (added);
  g_assert_cmpint (id3, ==, id4);
  g_assert_no_error (error);
  g_assert_cmpint (claimline_store_count_articles (store, NULL), ==, 2);
}

static void
test_failed_batch_leaves_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_document_free);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GArray) ids = NULL;

  g_ptr_array_add (batch, make_document ("Kept?", "New Outlet", NULL, "Volcano erupts."));
  g_ptr_array_add (batch, make_document ("Also kept?", "New Outlet", NULL, "Volcano calms."));
  g_ptr_array_add (batch, make_document ("", "New Outlet", NULL, "No title here."));

  g_assert_false (claimline_store_add_documents (store, batch, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_cmpint (claimline_store_count_articles (store, &error), ==, 0);
  hits = claimline_store_search (store, "volcano", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);

  /* The store still works after the rollback. */
  g_ptr_array_remove_index (batch, 2);
  g_assert_true (claimline_store_add_documents (store, batch, NULL, &error));
  g_assert_no_error (error);
  ids = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_DATE, &error);
  g_assert_cmpuint (ids->len, ==, 2);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_document_free);
  const struct {
    const char *query;
    guint       n_hits;
    const char *first_title;
    int         offset;
  } cases[] = {
    { "turbine", 1, "Wind farm opens", 15 },
    { "TURBINES", 1, "Wind farm opens", 15 },
    { "turb", 1, "Wind farm opens", 15 },           /* the last word may be a prefix */
    { "cafe", 1, "Café reopens", 4 },               /* diacritics folded */
    { "wind farm", 1, "Wind farm opens", -1 },      /* title match; text has no "wind" */
    { "\"AND OR (NEAR", 0, NULL, 0 },               /* syntax characters are plain text */
    { "reopens harbour", 0, NULL, 0 },              /* every word must occur */
  };

  g_ptr_array_add (batch, make_document ("Wind farm opens", "A", "2025-01-02",
                                         "Forty offshore turbines began turning today."));
  g_ptr_array_add (batch, make_document ("Café reopens", "B", "2025-01-03",
                                         "The café on Quay Street reopened after repairs."));
  g_assert_true (claimline_store_add_documents (store, batch, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) hits = claimline_store_search (store, cases[i].query, 10, &error);
      const ClaimlineSearchHit *hit;

      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, cases[i].n_hits);
      if (cases[i].n_hits == 0)
        continue;
      hit = g_ptr_array_index (hits, 0);
      g_assert_cmpstr (hit->title, ==, cases[i].first_title);
      g_assert_cmpint (hit->match_offset, ==, cases[i].offset);
      g_assert_nonnull (hit->snippet);
    }

  g_assert_null (claimline_store_search (store, "  ?! ", 10, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT);
}

static void
test_list_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_document_free);
  g_autoptr(GArray) by_date = NULL;
  g_autoptr(GArray) by_outlet = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *date_order[] = { "new", "mid", "old", "undated" };
  const char *outlet_order[] = { "mid", "new", "old", "undated" };  /* Alpha, beta, Zeta */

  g_ptr_array_add (batch, make_document ("old", "Zeta", "2023-05-01", "a"));
  g_ptr_array_add (batch, make_document ("undated", NULL, NULL, "b"));
  g_ptr_array_add (batch, make_document ("new", "beta", "2025-06-09", "c"));
  g_ptr_array_add (batch, make_document ("mid", "Alpha", "2024-12-31", "d"));
  g_assert_true (claimline_store_add_documents (store, batch, NULL, &error));

  by_date = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_DATE, &error);
  rows = claimline_store_load_summaries (store, (gint64 *) by_date->data, by_date->len, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (date_order); i++)
    g_assert_cmpstr (claimline_article_get_title (g_ptr_array_index (rows, i)), ==, date_order[i]);
  g_clear_pointer (&rows, g_ptr_array_unref);

  by_outlet = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_OUTLET, &error);
  rows = claimline_store_load_summaries (store, (gint64 *) by_outlet->data, by_outlet->len, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (outlet_order); i++)
    g_assert_cmpstr (claimline_article_get_title (g_ptr_array_index (rows, i)), ==, outlet_order[i]);
  /* Summaries do not carry the text. */
  g_assert_null (claimline_article_get_text (g_ptr_array_index (rows, 0)));
}

static void
test_missing_article (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);

  g_assert_null (claimline_store_load_article (store, 42, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_refuses_bad_files (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *foreign = g_build_filename (fixture->dir, "foreign.db", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.db", NULL);
  sqlite3 *db = NULL;

  /* Bytes that are not a database at all. */
  write_file (fixture->path, "These bytes are not an SQLite database, not even close to one.", -1);
  g_assert_null (claimline_store_new (fixture->path, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_CORRUPT);
  g_clear_error (&error);

  /* A directory where the file should be. */
  g_assert_null (claimline_store_new (fixture->dir, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  /* Another program's database, and a store from a future version. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (body TEXT)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_null (claimline_store_new (foreign, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_CORRUPT);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_null (claimline_store_new (newer, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE_TOO_NEW);
}

static void
test_sample_story (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (fixture->path, &error);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_added = 0, n_dated = 0, n_inferred = 0;

  g_assert_true (claimline_sample_import (store, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 5);

  ids = claimline_store_list_article_ids (store, CLAIMLINE_ARTICLE_SORT_DATE, &error);
  rows = claimline_store_load_summaries (store, (gint64 *) ids->data, ids->len, &error);
  for (guint i = 0; i < rows->len; i++)
    {
      ClaimlineArticle *article = g_ptr_array_index (rows, i);
      const char *outlet = claimline_article_get_outlet (article);

      g_assert_nonnull (outlet);
      g_hash_table_add (outlets, (gpointer) outlet);
      g_assert_cmpstr (claimline_article_get_title (article), !=, "");
      g_assert_nonnull (claimline_article_get_published (article));
      if (claimline_article_get_published_inferred (article))
        n_inferred++;
      else
        n_dated++;
    }
  /* Five outlets, and like the real story only two reports carry a date:
   * the other three get one inferred from the story. */
  g_assert_cmpuint (g_hash_table_size (outlets), ==, 5);
  g_assert_cmpuint (n_dated, ==, 2);
  g_assert_cmpuint (n_inferred, ==, 3);

  /* Importing it again adds nothing. */
  g_assert_true (claimline_sample_import (store, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpint (claimline_store_count_articles (store, NULL), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("new-store-is-current", test_new_store_is_current);
  ADD ("migrate-from-version-1", test_migrate_from_version_1);
  ADD ("duplicates-are-not-added", test_duplicates_are_not_added);
  ADD ("failed-batch-leaves-nothing", test_failed_batch_leaves_nothing);
  ADD ("search", test_search);
  ADD ("list-order", test_list_order);
  ADD ("missing-article", test_missing_article);
  ADD ("refuses-bad-files", test_refuses_bad_files);
  ADD ("sample-story", test_sample_story);
#undef ADD

  return g_test_run ();
}
