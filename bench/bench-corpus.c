/* bench-corpus.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "bench-corpus.h"

static const char * const companies[] = {
  "Northwind Energy", "Bluegate Labs", "Orchard Robotics", "Meridian Freight",
  "Kestrel Health", "Lumen Grid", "Harrow & Finch", "Quarry Software",
};
static const char * const outlets[] = {
  "Harbour Gazette", "Evening Ledger", "Signal Daily", "The Inland Review", "Metro Wire",
};
static const char * const verbs[] = {
  "reported", "said", "expects", "announced", "disclosed", "confirmed",
};
static const char * const attributes[] = {
  "revenue", "operating profit", "annual sales", "headcount", "valuation", "capital spending",
};
static const char * const months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static void
append_sentence (GString *text,
                 GRand   *rand)
{
  g_string_append_printf (text,
                          "%s %s %s of $%d.%d %s in %d, %s analysts who follow the sector. ",
                          PICK (rand, companies), PICK (rand, verbs), PICK (rand, attributes),
                          g_rand_int_range (rand, 1, 900), g_rand_int_range (rand, 0, 10),
                          g_rand_boolean (rand) ? "million" : "billion",
                          g_rand_int_range (rand, 2015, 2026),
                          g_rand_boolean (rand) ? "according to" : "ahead of the estimates of");
}

char *
bench_corpus_article (GRand *rand,
                      guint  index,
                      guint  paragraphs)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s weighs new plan, report %u\n",
                          PICK (rand, companies), index);
  g_string_append_printf (text, "Outlet: %s\n", PICK (rand, outlets));
  if (index % 3 != 0)
    g_string_append_printf (text, "Published: %d %s %d\n", g_rand_int_range (rand, 1, 29),
                            PICK (rand, months), g_rand_int_range (rand, 2019, 2026));
  g_string_append_c (text, '\n');

  for (guint p = 0; p < paragraphs; p++)
    {
      guint n = g_rand_int_range (rand, 2, 5);

      for (guint s = 0; s < n; s++)
        append_sentence (text, rand);
      g_string_append (text, "\n\n");
    }
  return g_string_free (text, FALSE);
}

gsize
bench_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmRSS:");
  return line ? (gsize) g_ascii_strtoull (line + 6, NULL, 10) : 0;
}

void
bench_remove_store (const char *dir,
                    const char *db)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db, suffixes[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}
