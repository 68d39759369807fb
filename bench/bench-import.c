/* bench-import.c: import throughput over generated plain-text articles.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes N articles as files, then imports them the way `claimline-cli
 * import` does (read, decode, clean, one transaction per article) into a
 * fresh store, and prints articles per second and peak memory.
 */

#include <glib/gstdio.h>

#include "bench-corpus.h"
#include "claimline-import.h"
#include "claimline-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  gsize bytes = 0;
  gint64 start, elapsed;

  dir = g_dir_make_tmp ("claimline-bench-XXXXXX", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = bench_corpus_article (rand, i, 6);
      char *path = g_strdup_printf ("%s/article-%05u.txt", dir, i);

      bytes += strlen (text);
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      g_ptr_array_add (paths, path);
    }

  db = g_build_filename (dir, "bench.db", NULL);
  store = claimline_store_new (db, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
      g_autoptr(ClaimlineDocument) document = claimline_import_file (file, NULL, &error);

      if (document == NULL ||
          !claimline_store_add_document (store, document, NULL, NULL, &error))
        g_error ("Import failed: %s", error->message);
    }
  elapsed = g_get_monotonic_time () - start;

  g_print ("imported %u articles (%.1f MiB of text) in %.2f s: %.0f articles/s, "
           "%.2f MiB/s; RSS %zu KiB\n",
           n, bytes / 1048576.0, elapsed / 1e6, n / (elapsed / 1e6),
           bytes / 1048576.0 / (elapsed / 1e6), bench_rss_kib ());

  for (guint i = 0; i < paths->len; i++)
    g_unlink (g_ptr_array_index (paths, i));
  g_clear_object (&store);
  bench_remove_store (dir, db);
  return 0;
}
