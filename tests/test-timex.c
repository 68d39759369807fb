/* test-timex.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimline-timex.h"

/* Each case: a sentence, the publication date it is read against (or
 * none), and every temporal expression expected in it, in order. */

#define D CLAIMLINE_TIMEX_DATE
#define T CLAIMLINE_TIMEX_TIME
#define P CLAIMLINE_TIMEX_DURATION
#define S CLAIMLINE_TIMEX_SET

typedef struct
{
  const char         *text;
  ClaimlineTimexType  type;
  const char         *value;
  const char         *mod;
  const char         *low;
  const char         *high;
  gboolean            unresolved;
} Expected;

typedef struct
{
  const char *name;
  const char *input;
  const char *dct;          /* "YYYY-MM-DD" or NULL */
  Expected    expected[6];  /* ends at the first NULL text */
} Case;

static const Case cases[] = {
  /* the sample story's sentences, in our own words */
  { "last-year", "The startup booked revenue of $870 million last year.", "2025-06-08",
    { { "last year", D, "2024", NULL, "2024-01-01", "2024-12-31" } } },
  { "last-year-no-dct", "The startup booked revenue of $870 million last year.", NULL,
    { { "last year", D, "XXXX", NULL, NULL, NULL, TRUE } } },
  { "in-2023", "One outlet put the $870 million figure in 2023.", "2025-06-08",
    { { "2023", D, "2023", NULL, "2023-01-01", "2023-12-31" } } },
  { "this-year", "Meta plans to spend up to $65 billion this year.", "2025-06-08",
    { { "this year", D, "2025", NULL, "2025-01-01", "2025-12-31" } } },
  { "earlier-this-year", "The firm was valued at $13.8 billion earlier this year.", "2025-06-08",
    { { "earlier this year", D, "2025", "START", "2025-01-01", "2025-06-08" } } },
  { "on-8-june", "On 8 June the two companies confirmed the deal.", "2025-06-09",
    { { "8 June", D, "2025-06-08", NULL, "2025-06-08", "2025-06-08" } } },
  { "founded", "The data-labelling company was founded in 2016.", "2025-06-08",
    { { "2016", D, "2016", NULL, "2016-01-01", "2016-12-31" } } },
  { "coming-year", "Sales could double in the coming year.", "2025-06-08",
    { { "the coming year", D, "2026", NULL, "2026-01-01", "2026-12-31" } } },

  /* full dates */
  { "iso", "The filing is dated 2025-06-08.", "2025-06-10",
    { { "2025-06-08", D, "2025-06-08", NULL, "2025-06-08", "2025-06-08" } } },
  { "us-slash", "Shares were issued on 06/09/2025.", NULL,
    { { "06/09/2025", D, "2025-06-09", NULL, "2025-06-09", "2025-06-09" } } },
  { "month-day", "The board met June 8 and again June 10th.", "2025-06-20",
    { { "June 8", D, "2025-06-08" , NULL, "2025-06-08", "2025-06-08" },
      { "June 10th", D, "2025-06-10", NULL, "2025-06-10", "2025-06-10" } } },
  { "abbrev-year", "It closed on Jun. 8, 2025, after talks.", NULL,
    { { "Jun. 8, 2025", D, "2025-06-08", NULL, "2025-06-08", "2025-06-08" } } },
  { "day-of-month", "Talks began on the 3rd of March 2024.", NULL,
    { { "the 3rd of March 2024", D, "2024-03-03", NULL, "2024-03-03", "2024-03-03" } } },
  { "weekday-date", "The deal was signed Saturday, April 25, 1998.", NULL,
    { { "Saturday, April 25, 1998", D, "1998-04-25", NULL, "1998-04-25", "1998-04-25" } } },
  { "month-day-no-dct", "The vote is on June 8.", NULL,
    { { "June 8", D, "XXXX-06-08", NULL, NULL, NULL, TRUE } } },

  /* years and months */
  { "since", "Revenue has grown every year since 2016.", "2025-06-08",
    { { "every year", S, "P1Y" },
      { "2016", D, "2016", "ON_OR_AFTER", "2016-01-01", NULL } } },
  { "in-march", "The round closed in March.", "2025-06-08",
    { { "March", D, "2025-03", NULL, "2025-03-01", "2025-03-31" } } },
  { "month-year", "The product ships in March 2025.", "2024-01-01",
    { { "March 2025", D, "2025-03", NULL, "2025-03-01", "2025-03-31" } } },
  { "decade", "Growth was slow in the 1990s.", NULL,
    { { "the 1990s", D, "199", NULL, "1990-01-01", "1999-12-31" } } },
  { "fiscal", "Profit fell in fiscal 2024.", NULL,
    { { "fiscal 2024", D, "2024", NULL, "2024-01-01", "2024-12-31" } } },

  /* quarters, halves, seasons, weeks */
  { "q3", "Margins improved in Q3.", "2025-06-08",
    { { "Q3", D, "2025-Q3", NULL, "2025-07-01", "2025-09-30" } } },
  { "third-quarter", "Margins improved in the third quarter.", "2025-10-20",
    { { "the third quarter", D, "2025-Q3", NULL, "2025-07-01", "2025-09-30" } } },
  { "q3-year", "Delivery is planned for Q3 2026.", "2025-06-08",
    { { "Q3 2026", D, "2026-Q3", NULL, "2026-07-01", "2026-09-30" } } },
  { "first-half", "Revenue tripled in the first half of 2025.", NULL,
    { { "the first half of 2025", D, "2025-H1", NULL, "2025-01-01", "2025-06-30" } } },
  { "last-autumn", "The talks started last autumn.", "2025-06-08",
    { { "last autumn", D, "2024-FA", NULL, "2024-09-01", "2024-11-30" } } },
  { "since-last-autumn", "Prices have risen since last autumn.", "2025-06-08",
    { { "last autumn", D, "2024-FA", "ON_OR_AFTER", "2024-09-01", NULL } } },
  { "last-week", "The offer was made last week.", "2025-06-09",
    { { "last week", D, "2025-W23", NULL, "2025-06-02", "2025-06-08" } } },

  /* days */
  { "on-friday", "Meta confirmed the investment on Friday.", "2025-06-09",
    { { "Friday", D, "2025-06-06", NULL, "2025-06-06", "2025-06-06" } } },
  { "friday-no-dct", "Meta confirmed the investment on Friday.", NULL,
    { { "Friday", D, "XXXX-WXX-5", NULL, NULL, NULL, TRUE } } },
  { "yesterday", "Shares rose 4% yesterday.", "2025-06-08",
    { { "yesterday", D, "2025-06-07", NULL, "2025-06-07", "2025-06-07" } } },
  { "friday-morning", "The statement came Friday morning.", "2025-06-09",
    { { "Friday morning", T, "2025-06-06TMO", NULL, "2025-06-06", "2025-06-06" } } },
  { "clock", "Trading resumed at 9:30 a.m. on the exchange.", "2025-06-09",
    { { "9:30 a.m.", T, "2025-06-09T09:30", NULL, "2025-06-09", "2025-06-09" } } },
  { "this-morning-no-dct", "The company said this morning it would cut jobs.", NULL,
    { { "this morning", T, "XXXX-XX-XXTMO", NULL, NULL, NULL, TRUE } } },

  /* relative */
  { "next-year", "A listing could follow next year.", "2025-06-08",
    { { "next year", D, "2026", NULL, "2026-01-01", "2026-12-31" } } },
  { "last-month", "Hiring slowed last month.", "2025-06-08",
    { { "last month", D, "2025-05", NULL, "2025-05-01", "2025-05-31" } } },
  { "days-ago", "The memo leaked two days ago.", "2025-06-08",
    { { "two days ago", D, "2025-06-06", NULL, "2025-06-06", "2025-06-06" } } },
  { "years-ago", "It was a small lab three years ago.", "2025-06-08",
    { { "three years ago", D, "2022", NULL, "2022-01-01", "2022-12-31" } } },
  /* shifts past the calendar's years 1 to 9999 keep only their direction */
  { "ago-far", "It formed 4294967295 years ago, or 9000 years ago, or 500000 weeks ago.",
    "2025-06-08",
    { { "years ago", D, "PAST_REF", NULL, NULL, "2025-06-08" },
      { "9000 years ago", D, "PAST_REF", NULL, NULL, "2025-06-08" },
      { "500000 weeks ago", D, "PAST_REF", NULL, NULL, "2025-06-08" } } },
  { "ago-edge", "Rome was young 2000 years ago; the mill stood 40000 days ago.", "2025-06-08",
    { { "2000 years ago", D, "0025", NULL, "0025-01-01", "0025-12-31" },
      { "40000 days ago", D, "1915-12-03", NULL, "1915-12-03", "1915-12-03" } } },
  { "past-far", "Ice covered it for the past 20000 years.", "2025-06-08",
    { { "the past 20000 years", P, "P20000Y", NULL, "0001-01-01", "2025-06-08" } } },
  { "past-year", "Its valuation doubled over the past year.", "2025-06-08",
    { { "the past year", D, "2024", NULL, "2024-01-01", "2024-12-31" } } },
  { "end-of-next-year", "The plant will open by the end of next year.", "2025-06-08",
    { { "the end of next year", D, "2026", "END", NULL, "2026-12-31" } } },
  { "next-five-years", "It will invest $10 billion over the next five years.", "2025-06-08",
    { { "the next five years", P, "P5Y", NULL, "2025-06-08", "2030-06-08" } } },
  { "past-months-no-dct", "Costs fell over the past 18 months.", NULL,
    { { "the past 18 months", P, "P18M", NULL, NULL, NULL, TRUE } } },

  /* present, past and future */
  { "refs", "Now the firm is currently hiring; it recently said so.", "2025-06-08",
    { { "Now", D, "PRESENT_REF", NULL, "2025-06-08", "2025-06-08" },
      { "currently", D, "PRESENT_REF", NULL, "2025-06-08", "2025-06-08" },
      { "recently", D, "PAST_REF", NULL, NULL, "2025-06-08" } } },
  { "future", "A listing is possible in the future.", "2025-06-08",
    { { "the future", D, "FUTURE_REF", NULL, "2025-06-08", NULL } } },

  /* durations and sets */
  { "durations", "After a month of talks and a decade of growth, five years on, the lab runs 24 hours.",
    NULL,
    { { "a month", P, "P1M" }, { "a decade", P, "P10Y" }, { "five years", P, "P5Y" },
      { "24 hours", P, "PT24H" } } },
  { "past-18-months", "Sales rose in the past 18 months.", "2025-06-08",
    { { "the past 18 months", P, "P18M", NULL, "2023-12-08", "2025-06-08" } } },
  { "sets", "Prices are reviewed annually, reports come each week and meetings every Monday.", NULL,
    { { "annually", S, "P1Y" }, { "each week", S, "P1W" }, { "every Monday", S, "XXXX-WXX-1" } } },
  { "rate", "It spends $5 billion a year on chips.", NULL,
    { { "a year", S, "P1Y" } } },
  { "approx", "The review took about two years.", NULL,
    { { "about two years", P, "P2Y", "APPROX" } } },

  /* not temporal expressions */
  { "modal-may", "Prices may change and terms may vary.", "2025-06-08", { { NULL } } },
  { "may-month", "The round closed in May.", "2025-06-08",
    { { "May", D, "2025-05", NULL, "2025-05-01", "2025-05-31" } } },
  { "series-f", "The startup raised a Series F from investors.", "2025-06-08", { { NULL } } },
  { "models", "Llama 3 was trained on H100 chips.", "2025-06-08", { { NULL } } },
  { "money-year", "Meta will spend $2 billion in 2025.", "2025-06-08",
    { { "2025", D, "2025", NULL, "2025-01-01", "2025-12-31" } } },
  { "figures", "The firm has 9,000 staff, one of the largest teams.", "2025-06-08", { { NULL } } },
  { "march-verb", "Workers march on the capital.", "2025-06-08", { { NULL } } },
  { "fall-verb", "Shares could fall in the autumn.", "2025-06-08",
    { { "the autumn", D, "2025-FA", NULL, "2025-09-01", "2025-11-30" } } },
  { "ages", "A 30-year-old engineer joined.", NULL, { { NULL } } },

  /* multi-byte text: offsets stay on character boundaries */
  { "utf8", "L’entreprise — “last year” — a grandi de 5 % ; Meta’s Q3 2026 plan, été 2024.", "2025-06-08",
    { { "last year", D, "2024", NULL, "2024-01-01", "2024-12-31" },
      { "Q3 2026", D, "2026-Q3", NULL, "2026-07-01", "2026-09-30" },
      { "2024", D, "2024", NULL, "2024-01-01", "2024-12-31" } } },
  { "nbsp", "Revenue fell on 8\u00a0June\u00a02025.", NULL,
    { { "8\u00a0June\u00a02025", D, "2025-06-08", NULL, "2025-06-08", "2025-06-08" } } },
};

static GDate *
parse_dct (const char *text)
{
  int y, m, d;

  if (text == NULL)
    return NULL;
  g_assert_cmpint (sscanf (text, "%d-%d-%d", &y, &m, &d), ==, 3);
  return g_date_new_dmy (d, m, y);
}

static void
check_case (gconstpointer data)
{
  const Case *tc = data;
  GDate *dct = parse_dct (tc->dct);
  g_autoptr(GPtrArray) found = claimline_timex_find (tc->input, -1, dct);
  guint n = 0;

  while (n < G_N_ELEMENTS (tc->expected) && tc->expected[n].text != NULL)
    n++;
  for (guint k = 0; k < found->len; k++)
    {
      const ClaimlineTimex *t = g_ptr_array_index (found, k);

      g_test_message ("found \"%.*s\" %s", (int) (t->end - t->start), tc->input + t->start, t->value);
    }
  g_assert_cmpuint (found->len, ==, n);
  for (guint k = 0; k < n; k++)
    {
      const Expected *e = &tc->expected[k];
      const ClaimlineTimex *t = g_ptr_array_index (found, k);
      g_autofree char *span = g_strndup (tc->input + t->start, t->end - t->start);

      g_assert_true (g_utf8_validate (span, -1, NULL));
      g_assert_cmpstr (span, ==, e->text);
      g_assert_cmpint (t->type, ==, e->type);
      g_assert_cmpstr (t->value, ==, e->value);
      g_assert_cmpstr (t->mod, ==, e->mod);
      g_assert_cmpstr (t->low, ==, e->low);
      g_assert_cmpstr (t->high, ==, e->high);
      g_assert_cmpint (t->resolved, ==, !e->unresolved);
    }
  if (dct != NULL)
    g_date_free (dct);
}

/* A relative expression is never resolved against today's date. */
static void
test_no_dct_never_today (void)
{
  g_autoptr(GPtrArray) found = claimline_timex_find ("yesterday, last year, next week, in March", -1, NULL);

  g_assert_cmpuint (found->len, ==, 4);
  for (guint k = 0; k < found->len; k++)
    {
      const ClaimlineTimex *t = g_ptr_array_index (found, k);

      g_assert_true (t->relative);
      g_assert_false (t->resolved);
      g_assert_null (t->low);
      g_assert_null (t->high);
      g_assert_nonnull (strchr (t->value, 'X'));
    }
}

/* Results come in text order, without overlaps, inside the text, and a
 * length limit is honoured. */
static void
test_order_and_length (void)
{
  const char *text = "In 2023 and 2024, then last year. Cut here: 2019";
  GDate *dct = g_date_new_dmy (8, 6, 2025);
  g_autoptr(GPtrArray) all = claimline_timex_find (text, -1, dct);
  g_autoptr(GPtrArray) cut = claimline_timex_find (text, strstr (text, "Cut") - text, dct);
  gsize previous_end = 0;

  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (cut->len, ==, 3);
  for (guint k = 0; k < all->len; k++)
    {
      const ClaimlineTimex *t = g_ptr_array_index (all, k);

      g_assert_cmpuint (t->start, >=, previous_end);
      g_assert_cmpuint (t->end, >, t->start);
      g_assert_cmpuint (t->end, <=, strlen (text));
      previous_end = t->end;
    }
  g_date_free (dct);
}

/* A long text crosses the tokenizer's window many times; expressions at
 * the seams are found like any other. */
static void
test_long_text (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) found = NULL;
  GDate *dct = g_date_new_dmy (8, 6, 2025);
  guint years = 0;

  for (guint k = 0; k < 3000; k++)
    g_string_append_printf (text, "Filler words, then in %u the team grew. ", 1900 + k % 200);
  found = claimline_timex_find (text->str, text->len, dct);
  for (guint k = 0; k < found->len; k++)
    {
      const ClaimlineTimex *t = g_ptr_array_index (found, k);

      g_assert_cmpint (atoi (t->value), ==, 1900 + k % 200);
      years++;
    }
  g_assert_cmpuint (years, ==, 3000);
  g_date_free (dct);
}

static void
test_invalid_utf8 (void)
{
  const char text[] = "Sales \xff\xfe in 2024 \xe2\x80 and June 8, 2025 \xc3";
  g_autoptr(GPtrArray) found = claimline_timex_find (text, sizeof text - 1, NULL);

  g_assert_cmpuint (found->len, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *path = g_strdup_printf ("/timex/case/%s", cases[k].name);

      g_test_add_data_func (path, &cases[k], check_case);
    }
  g_test_add_func ("/timex/no-dct-never-today", test_no_dct_never_today);
  g_test_add_func ("/timex/order-and-length", test_order_and_length);
  g_test_add_func ("/timex/long-text", test_long_text);
  g_test_add_func ("/timex/invalid-utf8", test_invalid_utf8);

  return g_test_run ();
}
