/* test-article-list.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "claimline-article-list.h"
#include "claimline-id-diff.h"
#include "claimline-import.h"
#include "claimline-library.h"
#include "claimline-resources.h"
#include "claimline-sample.h"

static ClaimlineStore *
make_store_at (const char *path,
               guint       n_articles)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_document_free);

  g_assert_no_error (error);
  for (guint i = 0; i < n_articles; i++)
    {
      ClaimlineDocument *document = claimline_document_new ();
      /* Dates fall back one day per article, so position i holds article i. */
      g_autoptr(GDateTime) last = g_date_time_new_utc (2025, 6, 30, 0, 0, 0);
      g_autoptr(GDateTime) day = g_date_time_add_days (last, -(int) i);

      document->title = g_strdup_printf ("Article %u", i);
      document->outlet = g_strdup_printf ("Outlet %u", i % 7);
      document->published = g_date_time_format (day, "%Y-%m-%d");
      document->text = g_strdup_printf ("Body of article %u.", i);
      document->content_hash = g_strdup_printf ("hash-%u", i);
      g_ptr_array_add (batch, document);
    }
  g_assert_true (claimline_store_add_documents (store, batch, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static ClaimlineStore *
make_store (guint n_articles)
{
  return make_store_at (":memory:", n_articles);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *calls)
{
  g_assert_cmpuint (position, ==, 0);
  (*calls)++;
}

static void
test_lazy_pages (void)
{
  g_autoptr(ClaimlineStore) store = make_store (5000);
  g_autoptr(ClaimlineArticleList) list = claimline_article_list_new (store);
  g_autoptr(GError) error = NULL;
  guint calls = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &calls);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (claimline_article_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5000);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CLAIMLINE_TYPE_ARTICLE);

  /* Nothing is read before it is asked for. */
  g_assert_cmpuint (claimline_article_list_get_n_cached (list), ==, 0);

  /* Walking the whole list keeps only a bounded number of rows. */
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(ClaimlineArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *expected = g_strdup_printf ("Article %u", i);

      g_assert_cmpstr (claimline_article_get_title (article), ==, expected);
      g_assert_null (claimline_article_get_text (article));
    }
  g_assert_cmpuint (claimline_article_list_get_n_cached (list), <=, 4096);
  g_assert_cmpuint (claimline_article_list_get_n_cached (list), >, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5000));

  g_assert_cmpint (claimline_article_list_find (list, 1), ==, 0);
  g_assert_cmpint (claimline_article_list_find (list, 99999), ==, -1);
}

static void
test_sort_by_outlet (void)
{
  g_autoptr(ClaimlineStore) store = make_store (30);
  g_autoptr(ClaimlineArticleList) list = claimline_article_list_new (store);
  g_autofree char *previous = NULL;

  claimline_article_list_reload (list, NULL);
  claimline_article_list_set_sort (list, CLAIMLINE_ARTICLE_SORT_OUTLET);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 30);

  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(ClaimlineArticle) article = g_list_model_get_item (G_LIST_MODEL (list), i);
      const char *outlet = claimline_article_get_outlet (article);

      if (previous != NULL)
        g_assert_cmpint (g_utf8_collate (previous, outlet), <=, 0);
      g_free (previous);
      previous = g_strdup (outlet);
    }
}

static void
test_story_filter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (":memory:", &error);
  g_autoptr(ClaimlineArticleList) list = claimline_article_list_new (store);
  guint n_added = 0;
  g_autoptr(GPtrArray) stories = NULL;

  g_assert_true (claimline_sample_import (store, &n_added, &error));
  g_assert_no_error (error);
  claimline_article_list_reload (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);

  stories = claimline_store_list_stories (store, &error);
  g_assert_cmpuint (stories->len, ==, 1);
  claimline_article_list_set_story (list, ((ClaimlineStory *) g_ptr_array_index (stories, 0))->id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  g_assert_cmpint (claimline_article_list_get_story (list), ==,
                   ((ClaimlineStory *) g_ptr_array_index (stories, 0))->id);

  /* A story that does not exist lists nothing; 0 lists everything again. */
  claimline_article_list_set_story (list, 999);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  claimline_article_list_set_story (list, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
}

/* What a list view holds: the rows it was handed, kept up to date only
 * through items-changed. */
typedef struct
{
  GPtrArray *rows;
  guint      n_signals;
  guint      n_added;
} View;

static void
on_view_changed_cb (GListModel *model,
                    guint       position,
                    guint       removed,
                    guint       added,
                    View       *view)
{
  g_assert_cmpuint (position + removed, <=, view->rows->len);
  g_ptr_array_remove_range (view->rows, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (view->rows, (int) (position + i), g_list_model_get_item (model, position + i));
  /* The model is in the state the signal describes. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, view->rows->len);
  view->n_signals++;
  view->n_added += added;
}

/* Every row the view holds shows what the store holds now. */
static void
assert_view_current (View                 *view,
                     ClaimlineStore       *store,
                     ClaimlineArticleList *list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = claimline_store_list_story_article_ids (store, 0,
                                                                  CLAIMLINE_ARTICLE_SORT_DATE,
                                                                  &error);

  g_assert_no_error (error);
  g_assert_cmpuint (view->rows->len, ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      ClaimlineArticle *row = g_ptr_array_index (view->rows, i);
      g_autoptr(GPtrArray) fresh = claimline_store_load_summaries (store, &g_array_index (ids, gint64, i),
                                                                   1, &error);

      g_assert_no_error (error);
      g_assert_cmpint (claimline_article_get_id (row), ==, g_array_index (ids, gint64, i));
      g_assert_true (claimline_article_same_summary (row, g_ptr_array_index (fresh, 0)));
    }
}

/* A reload after articles arrive inserts them and re-sends only the rows
 * that changed, instead of replacing the whole list. */
static void
test_reload_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = make_store (300);
  g_autoptr(ClaimlineArticleList) list = claimline_article_list_new (store);
  g_autoptr(GBytes) sample_list = claimline_resources_lookup ("sample/sample.list", &error);
  g_autofree char *sample_text = NULL;
  g_auto(GStrv) names = NULL;
  View view = { g_ptr_array_new_with_free_func (g_object_unref), 0, 0 };
  gboolean saw_conflict_change = FALSE;
  guint n_sample = 0;

  g_assert_no_error (error);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_view_changed_cb), &view);
  g_assert_true (claimline_article_list_reload (list, &error));
  g_assert_cmpuint (view.rows->len, ==, 300);

  sample_text = g_strndup (g_bytes_get_data (sample_list, NULL), g_bytes_get_size (sample_list));
  names = g_strsplit (sample_text, "\n", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(ClaimlineDocument) document = NULL;
      const char *name = g_strstrip (names[i]);
      g_autoptr(GHashTable) before = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                            g_free, g_object_unref);
      guint signals_before = view.n_signals, added_before = view.n_added, n_replaced = 0;

      if (*name == '\0' || *name == '#')
        continue;
      path = g_strconcat ("sample/", name, NULL);
      bytes = claimline_resources_lookup (path, &error);
      g_assert_no_error (error);
      document = claimline_import_bytes (bytes, name, "text/plain", &error);
      g_assert_no_error (error);
      for (guint r = 0; r < view.rows->len; r++)
        {
          ClaimlineArticle *row = g_ptr_array_index (view.rows, r);

          g_hash_table_insert (before, g_memdup2 (&(gint64) { claimline_article_get_id (row) },
                                                  sizeof (gint64)),
                               g_object_ref (row));
        }

      g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (claimline_article_list_reload (list, &error));
      n_sample++;
      assert_view_current (&view, store, list);

      /* Rows handed out again are exactly the rows that changed. */
      for (guint r = 0; r < view.rows->len; r++)
        {
          ClaimlineArticle *row = g_ptr_array_index (view.rows, r);
          gint64 id = claimline_article_get_id (row);
          ClaimlineArticle *old = g_hash_table_lookup (before, &id);

          if (old == NULL || old == row)
            continue;
          g_assert_false (claimline_article_same_summary (old, row));
          n_replaced++;
          saw_conflict_change |= claimline_article_get_has_conflict (old)
                                 != claimline_article_get_has_conflict (row);
        }
      g_assert_cmpuint (view.n_added - added_before, ==, 1 + n_replaced);
      g_assert_cmpuint (view.n_signals - signals_before, ==, 1 + n_replaced);
    }
  g_assert_cmpuint (n_sample, ==, 5);
  g_assert_true (saw_conflict_change);

  /* A different order still ends in the same rows. */
  claimline_article_list_set_sort (list, CLAIMLINE_ARTICLE_SORT_OUTLET);
  claimline_article_list_set_sort (list, CLAIMLINE_ARTICLE_SORT_DATE);
  assert_view_current (&view, store, list);
  g_ptr_array_unref (view.rows);
}

static void
on_max_added_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 guint      *max_added)
{
  *max_added = MAX (*max_added, added);
}

static void
on_reloaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  g_assert_true (claimline_article_list_reload_finish (CLAIMLINE_ARTICLE_LIST (object), result,
                                                       &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* A paced reload reads the store in a worker thread (a store in a file)
 * or at once (in memory), and brings many new articles a few per
 * main-loop turn. */
static void
test_reload_paced (gconstpointer data)
{
  gboolean in_file = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = in_file ? g_dir_make_tmp ("claimline-test-list-XXXXXX", NULL) : NULL;
  g_autofree char *path = in_file ? g_build_filename (dir, "store.db", NULL) : g_strdup (":memory:");
  g_autoptr(ClaimlineStore) store = make_store_at (path, 20);
  g_autoptr(ClaimlineArticleList) list = claimline_article_list_new (store);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_document_free);
  View view = { g_ptr_array_new_with_free_func (g_object_unref), 0, 0 };
  gboolean done = FALSE;
  guint max_added = 0, turns = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_view_changed_cb), &view);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_max_added_cb), &max_added);
  g_assert_true (claimline_article_list_reload (list, &error));
  g_assert_cmpuint (view.rows->len, ==, 20);

  /* 300 articles newer than the others. */
  for (guint i = 0; i < 300; i++)
    {
      ClaimlineDocument *document = claimline_document_new ();

      document->title = g_strdup_printf ("Later %u", i);
      document->outlet = g_strdup ("Outlet");
      document->published = g_strdup_printf ("%04u-01-%02u", 2026 + i / 28, 1 + i % 28);
      document->text = g_strdup_printf ("Later body %u.", i);
      document->content_hash = g_strdup_printf ("later-%u", i);
      g_ptr_array_add (batch, document);
    }
  g_assert_true (claimline_store_add_documents (store, batch, NULL, &error));
  g_assert_no_error (error);

  max_added = 0;
  claimline_article_list_reload_async (list, NULL, on_reloaded_cb, &done);
  g_assert_cmpuint (view.rows->len, <, 320);
  while (!done)
    {
      g_main_context_iteration (NULL, TRUE);
      turns++;
    }
  g_assert_cmpuint (max_added, <=, 16);
  g_assert_cmpuint (turns, >=, 300 / 16);
  assert_view_current (&view, store, list);

  /* An article whose date changes moves: out of its place, into its new
   * one, and the rest stays. */
  {
    g_autoptr(ClaimlineArticle) last = g_list_model_get_item (G_LIST_MODEL (list), 319);
    guint signals_before = view.n_signals;

    g_assert_true (claimline_library_set_article_date (store, claimline_article_get_id (last),
                                                       "2099-01-01", &error));
    g_assert_no_error (error);
    g_assert_true (claimline_article_list_reload (list, &error));
    assert_view_current (&view, store, list);
    g_assert_cmpint (claimline_article_list_find (list, claimline_article_get_id (last)), ==, 0);
    g_assert_cmpuint (view.n_signals - signals_before, <=, 3);
  }

  /* A reload asked for while one is under way finishes it first. */
  done = FALSE;
  claimline_article_list_reload_async (list, NULL, on_reloaded_cb, &done);
  g_assert_true (claimline_article_list_reload (list, &error));
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  assert_view_current (&view, store, list);
  g_ptr_array_unref (view.rows);

  g_clear_object (&list);
  g_clear_object (&store);
  if (in_file)
    {
      g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (folder)) != NULL)
        {
          g_autofree char *file = g_build_filename (dir, name, NULL);

          g_remove (file);
        }
      g_rmdir (dir);
    }
}

/* Random lists: applying the changes gives the new list, and an old list
 * with a few ids added, removed and moved takes a few changes. */
static void
test_id_diff (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GArray) old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) new_ids = NULL;
      g_autoptr(GArray) list = NULL;
      g_autoptr(ClaimlineIdDiff) diff = NULL;
      guint n = g_rand_int_range (rand, 0, 60), edits = g_rand_int_range (rand, 0, 6);
      guint n_changes = 0;
      ClaimlineIdChange change;

      for (guint i = 0; i < n; i++)
        g_array_append_val (old_ids, (gint64) { i + 1 });
      new_ids = g_array_copy (old_ids);
      for (guint e = 0; e < edits; e++)
        {
          guint kind = g_rand_int_range (rand, 0, round % 10 == 0 ? 4 : 3);
          gint64 id;

          if (kind == 0)  /* add */
            {
              id = 1000 + round * 10 + e;
              g_array_insert_val (new_ids, g_rand_int_range (rand, 0, new_ids->len + 1), id);
            }
          else if (new_ids->len > 0 && kind == 1)  /* remove */
            g_array_remove_index (new_ids, g_rand_int_range (rand, 0, new_ids->len));
          else if (new_ids->len > 0 && kind == 2)  /* move */
            {
              guint from = g_rand_int_range (rand, 0, new_ids->len);

              id = g_array_index (new_ids, gint64, from);
              g_array_remove_index (new_ids, from);
              g_array_insert_val (new_ids, g_rand_int_range (rand, 0, new_ids->len + 1), id);
            }
          else if (kind == 3)  /* shuffle all */
            for (guint i = new_ids->len; i > 1; i--)
              {
                guint k = g_rand_int_range (rand, 0, i);
                gint64 tmp = g_array_index (new_ids, gint64, i - 1);

                g_array_index (new_ids, gint64, i - 1) = g_array_index (new_ids, gint64, k);
                g_array_index (new_ids, gint64, k) = tmp;
              }
        }

      list = g_array_copy (old_ids);
      diff = claimline_id_diff_new (old_ids, new_ids);
      while (claimline_id_diff_next (diff, 1 + round % 3, &change))
        {
          g_assert_cmpuint (change.position + change.removed, <=, list->len);
          g_assert_cmpuint (change.added, <=, 1 + round % 3);
          g_array_remove_range (list, change.position, change.removed);
          g_array_insert_vals (list, change.position,
                               &g_array_index (new_ids, gint64, change.new_start), change.added);
          /* What comes before the change is the new list already. */
          for (guint i = 0; i < change.position + change.added; i++)
            g_assert_cmpint (g_array_index (list, gint64, i), ==, g_array_index (new_ids, gint64, i));
          n_changes++;
        }
      g_assert_cmpuint (list->len, ==, new_ids->len);
      for (guint i = 0; i < list->len; i++)
        g_assert_cmpint (g_array_index (list, gint64, i), ==, g_array_index (new_ids, gint64, i));
      if (round % 10 != 0)
        g_assert_cmpuint (n_changes, <=, 2 * edits);
      for (guint i = 0; i < new_ids->len; i++)
        g_assert_cmpint (claimline_id_diff_new_position (diff, g_array_index (new_ids, gint64, i)), ==, (int) i);
      g_assert_cmpint (claimline_id_diff_new_position (diff, -5), ==, -1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article-list/lazy-pages", test_lazy_pages);
  g_test_add_func ("/article-list/sort-by-outlet", test_sort_by_outlet);
  g_test_add_func ("/article-list/story-filter", test_story_filter);
  g_test_add_func ("/article-list/reload-changes", test_reload_changes);
  g_test_add_data_func ("/article-list/reload-paced/memory", GINT_TO_POINTER (FALSE),
                        test_reload_paced);
  g_test_add_data_func ("/article-list/reload-paced/file", GINT_TO_POINTER (TRUE),
                        test_reload_paced);
  g_test_add_func ("/article-list/id-diff", test_id_diff);

  return g_test_run ();
}
