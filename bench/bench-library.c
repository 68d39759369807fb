/* bench-library.c: story clustering and claim grouping as articles arrive.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-library [N]: generates N articles about N/8 unrelated events (each
 * event's articles share companies, figures and headline words, with
 * varied wording), adds them one at a time through the library (store,
 * cluster, infer dates, group) and prints the time per 1,000 articles as the
 * library grows, the cost of adding one more article at the end, the
 * number of stories found and peak memory.
 */

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "bench-corpus.h"
#include "claimline-import.h"
#include "claimline-library.h"

/* User and system time of this process: wall time on a shared machine
 * also counts the other processes. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = NULL;
  g_autofree char *dir = g_dir_make_tmp ("claimline-bench-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  gint64 start, block_start;
  double block_cpu;

  store = claimline_store_new (db, &error);
  g_assert_no_error (error);

  start = block_start = g_get_monotonic_time ();
  block_cpu = cpu_seconds ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = bench_corpus_event_article (i / 8, i % 8);
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));
      g_autoptr(ClaimlineDocument) document = claimline_import_bytes (bytes, "bench.txt", "text/plain", &error);

      if (document == NULL || !claimline_library_add_document (store, document, NULL, NULL, &error))
        g_error ("Adding article %u failed: %s", i, error->message);
      if ((i + 1) % (n / 10 > 0 ? n / 10 : 1) == 0)
        {
          guint block = n / 10 > 0 ? n / 10 : 1;
          double cpu = cpu_seconds ();

          g_print ("%7u articles: last %u took %.2f s (%.2f ms each; %.2f ms of CPU each)\n",
                   i + 1, block, (g_get_monotonic_time () - block_start) / 1e6,
                   (g_get_monotonic_time () - block_start) / 1e3 / block,
                   (cpu - block_cpu) * 1e3 / block);
          block_start = g_get_monotonic_time ();
          block_cpu = cpu;
        }
    }
  g_print ("all %u articles: %.1f s\n", n, (g_get_monotonic_time () - start) / 1e6);

  {
    g_autofree char *text = bench_corpus_event_article (5, 7);
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_strconcat (text, "One more report.\n", NULL),
                                                strlen (text) + 17);
    g_autoptr(ClaimlineDocument) document = claimline_import_bytes (bytes, "one.txt", "text/plain", &error);
    g_autoptr(GPtrArray) stories = NULL;
    gint64 one = g_get_monotonic_time ();

    g_assert_true (claimline_library_add_document (store, document, NULL, NULL, &error));
    g_print ("one more article into %u: %.1f ms\n", n, (g_get_monotonic_time () - one) / 1e3);
    stories = claimline_store_list_stories (store, &error);
    g_print ("stories: %u (events generated: %u); peak RSS %zu KiB\n", stories->len, (n + 7) / 8,
             bench_rss_kib ());
  }

  g_clear_object (&store);
  bench_remove_store (dir, db);
  return 0;
}
