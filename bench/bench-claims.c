/* bench-claims.c: claims engine throughput over generated news text.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-claims [MEGABYTES] [--dump FILE] [--text FILE]: generates news-like articles (about
 * 3 KiB each, with figures and dates) until MEGABYTES of text went through
 * claimline_claims_extract(), one article at a time as an import does, and
 * prints MB/s on one core, claims per MB and peak memory.  --dump writes the
 * same corpus to FILE (one article per line) for the peers' comparison
 * script, bench/compare-claims.sh.  --text FILE repeats the articles of FILE
 * (separated by blank lines … one article a file) instead, to measure real
 * prose, which is far less dense in figures than the generated text.
 */

#include <stdio.h>
#include <string.h>

#include "bench-corpus.h"
#include "claimline-claims.h"

static gsize
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line ? (gsize) g_ascii_strtoull (line + 6, NULL, 10) : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  guint64 target = (argc > 1 && argv[1][0] != '-' ? g_ascii_strtoull (argv[1], NULL, 10) : 100) * 1000000;
  const char *dump = NULL;
  const char *text_file = NULL;
  g_autofree char *real_text = NULL;
  FILE *out = NULL;
  GDate dct;
  guint64 bytes = 0, claims = 0, generated_us = 0;
  gint64 start;
  gsize rss_after_first = 0;

  for (int i = 1; i + 1 < argc; i++)
    if (strcmp (argv[i], "--dump") == 0)
      dump = argv[i + 1];
    else if (strcmp (argv[i], "--text") == 0)
      text_file = argv[i + 1];
  if (text_file != NULL && !g_file_get_contents (text_file, &real_text, NULL, NULL))
    g_error ("Cannot read %s", text_file);
  if (dump != NULL && (out = fopen (dump, "w")) == NULL)
    g_error ("Cannot write %s", dump);

  g_date_clear (&dct, 1);
  g_date_set_dmy (&dct, 8, 6, 2025);
  start = g_get_monotonic_time ();
  for (guint i = 0; bytes < target; i++)
    {
      gint64 before = g_get_monotonic_time ();
      g_autofree char *article = real_text ? g_strdup (real_text) : bench_corpus_article (rand, i, 6);
      g_autoptr(GPtrArray) found = NULL;

      generated_us += g_get_monotonic_time () - before;
      found = claimline_claims_extract (article, &dct);
      bytes += strlen (article);
      claims += found->len;
      if (out != NULL)
        {
          for (char *p = article; *p; p++)
            if (*p == '\n')
              *p = ' ';
          fprintf (out, "%s\n", article);
        }
      if (i == 0)
        rss_after_first = peak_rss_kib ();
    }
  if (out != NULL)
    fclose (out);

  {
    double seconds = (g_get_monotonic_time () - start - generated_us) / 1e6;

    g_print ("claims engine: %.1f MB in %.2f s: %.1f MB/s, %.0f claims per MB; "
             "peak RSS %zu KiB (%zu KiB after the first article)\n",
             bytes / 1e6, seconds, bytes / 1e6 / seconds, claims / (bytes / 1e6),
             peak_rss_kib (), rss_after_first);
  }
  return 0;
}
