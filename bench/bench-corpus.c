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

static const char * const first_names[] = {
  "Arden", "Belmont", "Cobalt", "Dunmore", "Everly", "Fairhaven", "Glenrock", "Hollis",
  "Ivory", "Juniper", "Kestrel", "Larkspur", "Marlow", "Northgate", "Oakridge", "Pemberton",
};
static const char * const second_names[] = {
  "Robotics", "Freight", "Biotech", "Mining", "Telecom", "Foods", "Aviation", "Textiles",
};

void
bench_corpus_event (guint   event,
                    guint   j,
                    char  **headline,
                    char  **body)
{
  const char *buyer_a = first_names[event % G_N_ELEMENTS (first_names)];
  const char *buyer_b = second_names[(event / 16) % G_N_ELEMENTS (second_names)];
  const char *target_a = first_names[(event * 7 + 3) % G_N_ELEMENTS (first_names)];
  guint serial = event;
  guint amount = 100 + event % 900;
  guint revenue = 10 + event % 90;

  *headline = g_strdup_printf ("%s%u %s agrees to buy %s%u in a $%u million deal",
                               buyer_a, serial, buyer_b, target_a, serial, amount);
  *body = g_strdup_printf ("%s%u %s said it will buy %s%u Holdings for $%u million, according to "
                           "people familiar with the talks. %s%u had revenue of $%u million last year.\n\n"
                           "The deal would be the largest in the history of %s%u, which was founded in %u. "
                           "Analysts expect the combined company to employ about %u people.",
                           buyer_a, serial, buyer_b, target_a, serial, amount,
                           target_a, serial, revenue + (j == 3 ? 1 : 0),
                           buyer_a, serial, 1950 + event % 70, 1000 + (event % 50) * 100);
}

char *
bench_corpus_event_article (guint event,
                            guint j)
{
  g_autofree char *headline = NULL;
  g_autofree char *body = NULL;

  bench_corpus_event (event, j, &headline, &body);
  return g_strdup_printf ("%s\nOutlet: Outlet %u\n%s\n%s\n", headline, j % 11,
                          j % 3 == 0 ? "" : "Published: 4 May 2026", body);
}
