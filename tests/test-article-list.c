/* test-article-list.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-article-list.h"
#include "claimline-sample.h"

static ClaimlineStore *
make_store (guint n_articles)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (":memory:", &error);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/article-list/lazy-pages", test_lazy_pages);
  g_test_add_func ("/article-list/sort-by-outlet", test_sort_by_outlet);
  g_test_add_func ("/article-list/story-filter", test_story_filter);

  return g_test_run ();
}
