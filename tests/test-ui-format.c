/* test-ui-format.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the interface words dates, figures and passages: pure functions of
 * the UI, tested without a display.
 */

#include "config.h"

#include <locale.h>

#include "claimline-format.h"
#include "claimline-member-row.h"
#include "claimline-search-row.h"

static void
test_relative_dates (void)
{
  static const struct {
    const char *date;
    const char *expected;
  } cases[] = {
    { "2026-03-10", "Today" },
    { "2026-03-09", "Yesterday" },
    { "2026-03-06", "Friday" },
    { "2026-01-02", "2 Jan" },
    { "2025-06-09", "9 Jun 2025" },
    { "2026-04-01", "1 Apr 2026" },    /* in the future: in full */
    { "2026-13-01", NULL },            /* not a date */
    { NULL, NULL },
  };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MARCH, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = claimline_format_iso_date (cases[i].date, TRUE, &today);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_date_ranges (void)
{
  static const struct {
    const char *first;
    const char *last;
    const char *expected;
  } cases[] = {
    { "2025-06-08", "2025-06-09", "8–9 Jun 2025" },
    { "2025-05-30", "2025-06-02", "30 May – 2 Jun 2025" },
    { "2024-12-30", "2025-01-02", "30 Dec 2024 – 2 Jan 2025" },
    { "2025-06-09", "2025-06-09", "9 Jun 2025" },
    { "2025-06-09", NULL, "9 Jun 2025" },
    { "2025-06-09", "2025-06-08", "8–9 Jun 2025" },
    { NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = claimline_format_date_range (cases[i].first, cases[i].last);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_article_dates (void)
{
  g_autoptr(ClaimlineArticle) dated = claimline_article_new (1, "A", "Outlet", NULL, NULL,
                                                             "2025-06-09", 0, 0, FALSE);
  g_autoptr(ClaimlineArticle) inferred = claimline_article_new (2, "B", "Outlet", NULL, NULL,
                                                                "2025-06-09", 0, 0, FALSE);
  g_autoptr(ClaimlineArticle) undated = claimline_article_new (3, "C", "Outlet", NULL, NULL,
                                                               NULL, 0, 0, FALSE);
  g_autofree char *dated_text = claimline_format_article_date (dated, FALSE);
  g_autofree char *inferred_text = NULL;
  g_autofree char *undated_text = claimline_format_article_date (undated, TRUE);

  claimline_article_set_published_inferred (inferred, TRUE);
  inferred_text = claimline_format_article_date (inferred, FALSE);

  g_assert_cmpstr (dated_text, ==, "9 Jun 2025");
  g_assert_cmpstr (inferred_text, ==, "≈ 9 Jun 2025 (inferred)");
  g_assert_cmpstr (undated_text, ==, "Undated");
}

static void
test_claim_values (void)
{
  ClaimlineClaim more_than = { 0 };
  ClaimlineClaim about = { 0 };
  ClaimlineClaim year = { 0 };
  g_autofree char *more_than_text = NULL;
  g_autofree char *about_text = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *subject = NULL;

  more_than.kind = (char *) "money";
  more_than.unit = (char *) "USD";
  more_than.text = (char *) "more than $10 billion";
  more_than.has_low = TRUE;
  more_than.low = 1e10;
  more_than_text = claimline_format_claim_value (&more_than);
  g_assert_cmpstr (more_than_text, ==, "≥ $10 billion");

  about.kind = (char *) "money";
  about.unit = (char *) "USD";
  about.text = (char *) "about $14 billion";
  about.has_low = about.has_high = TRUE;
  about.low = about.high = 1.4e10;
  about.approx = TRUE;
  about.attribute = (char *) "valuation";
  about.subject = (char *) "Scale AI";
  about.time_value = (char *) "2024";
  about.time_inferred = TRUE;
  about_text = claimline_format_claim_value (&about);
  g_assert_cmpstr (about_text, ==, "≈ $14 billion");
  time_text = claimline_format_claim_time (&about);
  g_assert_cmpstr (time_text, ==, "2024 (inferred)");
  subject = claimline_format_claim_subject (&about);
  g_assert_cmpstr (subject, ==, "Valuation · Scale AI");

  year.kind = (char *) "date";
  year.text = (char *) "2016";
  year.time_value = (char *) "2026-Q3";
  year_text = claimline_format_claim_value (&year);
  g_assert_cmpstr (year_text, ==, "Q3 2026");

  g_assert_true (claimline_modality_is_hedged (CLAIMLINE_MODALITY_REPORTED));
  g_assert_true (claimline_modality_is_hedged (CLAIMLINE_MODALITY_POSSIBLE));
  g_assert_false (claimline_modality_is_hedged (CLAIMLINE_MODALITY_STATED));
  g_assert_false (claimline_modality_is_hedged (CLAIMLINE_MODALITY_DENIED));
}

static void
test_markup (void)
{
  g_autofree char *sentence = claimline_member_row_sentence_markup ("R&D rose to <b>€5 million</b> in 2024.", 15, 25);
  g_autofree char *whole = claimline_member_row_sentence_markup ("Just <this>.", 40, 50);
  g_autofree char *snippet = claimline_search_row_snippet_markup ("…drew a [lukewarm] response & more…");
  g_autofree char *plain = claimline_search_row_snippet_markup ("no <match> here");

  g_assert_cmpstr (sentence, ==, "R&amp;D rose to &lt;b&gt;<b>€5 million</b>&lt;/b&gt; in 2024.");
  g_assert_cmpstr (whole, ==, "Just &lt;this&gt;.");
  g_assert_cmpstr (snippet, ==, "…drew a <b>lukewarm</b> response &amp; more…");
  g_assert_cmpstr (plain, ==, "no &lt;match&gt; here");
}

int
main (int   argc,
      char *argv[])
{
  /* Dates are worded in English here. */
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui-format/relative-dates", test_relative_dates);
  g_test_add_func ("/ui-format/date-ranges", test_date_ranges);
  g_test_add_func ("/ui-format/article-dates", test_article_dates);
  g_test_add_func ("/ui-format/claim-values", test_claim_values);
  g_test_add_func ("/ui-format/markup", test_markup);

  return g_test_run ();
}
