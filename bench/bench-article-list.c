/* bench-article-list.c: the article list over a store of 100,000 articles.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills a store with N articles (one batch), then measures what the window
 * does with the list: open the store, load the ids, read the first screen of
 * rows, jump to random positions as a fast scroll does, and walk the whole
 * list; it reports the time of each step and the resident memory after it.
 */

#include "bench-corpus.h"
#include "claimline-article-list.h"

static void
report (const char *step,
        gint64      start,
        guint       n_operations)
{
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  if (n_operations > 1)
    g_print ("%-28s %9.1f ms  (%.1f us per row)  RSS %zu KiB\n", step, ms,
             ms * 1000.0 / n_operations, bench_rss_kib ());
  else
    g_print ("%-28s %9.1f ms  RSS %zu KiB\n", step, ms, bench_rss_kib ());
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineArticleList) list = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  gint64 start;

  dir = g_dir_make_tmp ("claimline-bench-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "bench.db", NULL);

  /* Filled in batches, and the filler closed, so that the memory figures
   * below are the list's and not the generator's. */
  {
    g_autoptr(ClaimlineStore) filler = claimline_store_new (db, &error);

    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    for (guint first = 0; first < n; first += 1000)
      {
        g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_document_free);

        for (guint i = first; i < MIN (n, first + 1000); i++)
          {
            ClaimlineDocument *document = claimline_document_new ();

            document->title = g_strdup_printf ("Generated report number %u", i);
            document->outlet = g_strdup_printf ("Outlet %u", i % 40);
            document->published = g_strdup_printf ("20%02u-%02u-%02u", 10 + i % 16, 1 + i % 12, 1 + i % 28);
            document->text = bench_corpus_article (rand, i, 5);
            document->content_hash = g_strdup_printf ("%u", i);
            g_ptr_array_add (batch, document);
          }
        g_assert_true (claimline_store_add_documents (filler, batch, NULL, &error));
        g_assert_no_error (error);
      }
    report ("fill store (batches of 1000)", start, n);
  }

  g_print ("baseline before opening    RSS %zu KiB\n", bench_rss_kib ());
  start = g_get_monotonic_time ();
  store = claimline_store_new (db, &error);
  g_assert_no_error (error);
  list = claimline_article_list_new (store);
  g_assert_true (claimline_article_list_reload (list, &error));
  report ("open + load ids", start, 1);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 40; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  report ("first screen (40 rows)", start, 40);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 1000; i++)
    {
      guint position = g_rand_int_range (rand, 0, (gint32) n);

      for (guint j = position; j < MIN (n, position + 40); j++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), j));
    }
  report ("1000 random jumps x 40 rows", start, 40000);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  report ("walk every row", start, n);
  g_print ("rows held in memory: %u of %u\n", claimline_article_list_get_n_cached (list), n);

  start = g_get_monotonic_time ();
  claimline_article_list_set_sort (list, CLAIMLINE_ARTICLE_SORT_OUTLET);
  report ("re-sort by outlet", start, 1);

  g_clear_object (&list);
  g_clear_object (&store);
  bench_remove_store (dir, db);
  return 0;
}
