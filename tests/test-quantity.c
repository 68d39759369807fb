/* test-quantity.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-quantity.h"

/* Each case is a sentence and every figure expected in it, in order, with
 * the exact text its offsets cover. */

enum
{
  LOW  = 1 << 0,
  HIGH = 1 << 1,
  BOTH = LOW | HIGH,
};

typedef struct
{
  const char            *text;
  ClaimlineQuantityKind  kind;
  double                 low;
  double                 high;
  guint                  bounds;
  gboolean               approx;
  const char            *unit;
  int                    direction;
} Expected;

typedef struct
{
  const char *input;
  Expected    found[4]; /* up to the first with text NULL */
} Case;

#define COUNT   CLAIMLINE_QUANTITY_COUNT
#define MONEY   CLAIMLINE_QUANTITY_MONEY
#define PERCENT CLAIMLINE_QUANTITY_PERCENT
#define MEASURE CLAIMLINE_QUANTITY_MEASURE

#define EXACT(t, k, v, u)        { t, k, v, v, BOTH, FALSE, u, 0 }
#define AT_LEAST(t, k, v, u)     { t, k, v, 0, LOW, FALSE, u, 0 }
#define AT_MOST(t, k, v, u)      { t, k, 0, v, HIGH, FALSE, u, 0 }
#define ABOUT(t, k, v, u)        { t, k, v, v, BOTH, TRUE, u, 0 }
#define RANGE(t, k, l, h, u)     { t, k, l, h, BOTH, FALSE, u, 0 }
#define CHANGE(t, k, v, u, d)    { t, k, v, v, BOTH, FALSE, u, d }
#define NOTHING                  { NULL, 0, 0, 0, 0, FALSE, NULL, 0 }

static gboolean
same_value (double a,
            double b)
{
  return a == b || (a - b < 1e-9 * b && b - a < 1e-9 * b);
}

/* What differs between WANT and GOT, or NULL. */
static char *
describe_mismatch (const char              *input,
                   const Expected          *want,
                   const ClaimlineQuantity *got)
{
  g_autofree char *text = g_strndup (input + got->start, got->end - got->start);

  if (g_strcmp0 (text, want->text) != 0)
    return g_strdup_printf ("found “%s”, expected “%s”", text, want->text);
  if (got->kind != want->kind)
    return g_strdup_printf ("“%s”: kind %d, expected %d", text, got->kind, want->kind);
  if (got->has_low != ((want->bounds & LOW) != 0) || got->has_high != ((want->bounds & HIGH) != 0))
    return g_strdup_printf ("“%s”: bounds %d/%d", text, got->has_low, got->has_high);
  if (((want->bounds & LOW) && !same_value (got->low, want->low))
      || ((want->bounds & HIGH) && !same_value (got->high, want->high)))
    return g_strdup_printf ("“%s”: [%g, %g], expected [%g, %g]", text, got->low, got->high,
                            want->low, want->high);
  if (got->approx != want->approx)
    return g_strdup_printf ("“%s”: approx %d", text, got->approx);
  if (g_strcmp0 (got->unit, want->unit) != 0)
    return g_strdup_printf ("“%s”: unit %s, expected %s", text, got->unit, want->unit);
  if (got->direction != want->direction)
    return g_strdup_printf ("“%s”: direction %d, expected %d", text, got->direction,
                            want->direction);
  return NULL;
}

static void
check_case (const Case *test)
{
  g_autoptr(GPtrArray) quantities = claimline_quantity_find (test->input, -1);
  guint n_expected = 0;

  while (n_expected < G_N_ELEMENTS (test->found) && test->found[n_expected].text != NULL)
    n_expected++;

  for (guint i = 0; i < MAX (n_expected, quantities->len); i++)
    {
      const Expected *want = i < n_expected ? &test->found[i] : NULL;
      const ClaimlineQuantity *got = i < quantities->len ? g_ptr_array_index (quantities, i) : NULL;
      g_autofree char *problem = NULL;

      if (got == NULL)
        problem = g_strdup_printf ("expected “%s”, found nothing", want->text);
      else if (want == NULL)
        problem = g_strdup_printf ("found “%.*s”, expected nothing",
                                   (int) (got->end - got->start), test->input + got->start);
      else
        problem = describe_mismatch (test->input, want, got);
      if (problem != NULL)
        {
          g_test_fail_printf ("In “%s”: %s", test->input, problem);
          return;
        }

      /* the figure and its numeral lie inside the expression */
      g_assert_cmpuint (got->start, <=, got->value_start);
      g_assert_cmpuint (got->value_start, <=, got->number_start);
      g_assert_cmpuint (got->number_end, <=, got->value_end);
      g_assert_cmpuint (got->value_end, <=, got->end);
      g_assert_true (g_utf8_validate (test->input + got->start, got->end - got->start, NULL));
    }
}

static void
check_cases (gconstpointer data)
{
  const Case *cases = data;

  for (guint i = 0; cases[i].input != NULL; i++)
    check_case (&cases[i]);
}

/* The figures of the sample story, in sentences written for this test. */
static const Case seed_cases[] = {
  { "The social network may put more than $10 billion into the data firm.",
    { AT_LEAST ("more than $10 billion", MONEY, 1e10, "USD") } },
  { "It is weighing a stake worth over $10 billion, sources said.",
    { AT_LEAST ("over $10 billion", MONEY, 1e10, "USD") } },
  { "Sales reached $870 million last year.",
    { EXACT ("$870 million", MONEY, 870e6, "USD") } },
  { "A funding round priced the start-up at $13.8 billion.",
    { EXACT ("$13.8 billion", MONEY, 13.8e9, "USD") } },
  { "Another report put the valuation at about $14 billion.",
    { ABOUT ("about $14 billion", MONEY, 14e9, "USD") } },
  { "It raised a $1 billion Series F in the spring.",
    { EXACT ("$1 billion", MONEY, 1e9, "USD") } },
  { "A later deal might value it at $25 billion.",
    { EXACT ("$25 billion", MONEY, 25e9, "USD") } },
  { "The parent could spend up to $65 billion on AI this year.",
    { AT_MOST ("up to $65 billion", MONEY, 65e9, "USD") } },
  { "Its stake in the rival lab has exceeded $13 billion.",
    { AT_LEAST ("exceeded $13 billion", MONEY, 13e9, "USD") } },
  { "The assistant has one billion monthly users.",
    { EXACT ("one billion monthly users", COUNT, 1e9, "user") } },
  { "The firm owns approximately 350,000 Nvidia H100 chips today.",
    { ABOUT ("approximately 350,000 Nvidia H100 chips", COUNT, 350000, "chip") } },
  { "Plans include a 2-gigawatt data center in Ohio.",
    { EXACT ("2-gigawatt", MEASURE, 2, "gigawatt") } },
  { "Contributors work from over 9,000 cities worldwide.",
    { AT_LEAST ("over 9,000 cities", COUNT, 9000, "city") } },
  { "Insiders say the deal could exceed $10 billion.",
    { AT_LEAST ("exceed $10 billion", MONEY, 10e9, "USD") } },
  { "Revenue should climb to $2 billion next year.",
    { EXACT ("$2 billion", MONEY, 2e9, "USD") } },
  { "The company has 1,200 employees on staff.",
    { EXACT ("1,200 employees", COUNT, 1200, "employee") } },
  { "It employs roughly 1,500 people in total.",
    { ABOUT ("roughly 1,500 people", COUNT, 1500, "person") } },
  { NULL }
};

static const Case number_cases[] = {
  { "Ten analysts agreed.", { EXACT ("Ten", COUNT, 10, NULL) } },
  { "She named twenty-five suppliers.", { EXACT ("twenty-five", COUNT, 25, NULL) } },
  { "A dozen firms bid.", { EXACT ("A dozen firms", COUNT, 12, "company") } },
  { "They sold a dozen units.", { EXACT ("a dozen", COUNT, 12, NULL) } },
  { "It took one and a half years.", { EXACT ("one and a half years", COUNT, 1.5, "year") } },
  { "It built a two-gigawatt plant.", { EXACT ("two-gigawatt", MEASURE, 2, "gigawatt") } },
  { "A billion users signed up.", { EXACT ("A billion users", COUNT, 1e9, "user") } },
  { "That is three hundred and two votes.", { EXACT ("three hundred and two", COUNT, 302, NULL) } },
  { "About half a million homes lost power.",
    { ABOUT ("About half a million", COUNT, 5e5, NULL) } },
  { "It costs two and a half billion.", { EXACT ("two and a half billion", COUNT, 2.5e9, NULL) } },
  { "Output was 13.8 units.", { EXACT ("13.8", COUNT, 13.8, NULL) } },
  { "A crowd of 350,000 gathered.", { EXACT ("350,000", COUNT, 350000, NULL) } },
  { "Figures: 1,234,567 and 40 000.",
    { EXACT ("1,234,567", COUNT, 1234567, NULL), EXACT ("40 000", COUNT, 40000, NULL) } },
  { "It hired 10k contractors.", { EXACT ("10k contractors", COUNT, 1e4, "contractor") } },
  { "It trained on 70B parameters.", { EXACT ("70B parameters", COUNT, 70e9, "parameter") } },
  { "The score fell to -4.5 points.", { EXACT ("-4.5", COUNT, -4.5, NULL) } },
  { NULL }
};

static const Case currency_cases[] = {
  { "It raised $10B.", { EXACT ("$10B", MONEY, 1e10, "USD") } },
  { "It raised $1bn.", { EXACT ("$1bn", MONEY, 1e9, "USD") } },
  { "A fine of €5m was set.", { EXACT ("€5m", MONEY, 5e6, "EUR") } },
  { "Profit hit £300m.", { EXACT ("£300m", MONEY, 3e8, "GBP") } },
  { "Sales were ¥50bn.", { EXACT ("¥50bn", MONEY, 5e10, "JPY") } },
  { "The bond raised US$2 bn.", { EXACT ("US$2 bn", MONEY, 2e9, "USD") } },
  { "It paid USD 200 each.", { EXACT ("USD 200", MONEY, 200, "USD") } },
  { "It paid 115 USD each.", { EXACT ("115 USD", MONEY, 115, "USD") } },
  { "A $5 million grant.", { EXACT ("$5 million", MONEY, 5e6, "USD") } },
  { "It lost 5 million dollars.", { EXACT ("5 million dollars", MONEY, 5e6, "USD") } },
  { "It earned 323 million euros.", { EXACT ("323 million euros", MONEY, 323e6, "EUR") } },
  { "It made 361 million pounds.", { EXACT ("361 million pounds", MONEY, 361e6, "GBP") } },
  { "It cost five million yen.", { EXACT ("five million yen", MONEY, 5e6, "JPY") } },
  { "Each share paid 50 cents.", { EXACT ("50 cents", MONEY, 0.5, "USD") } },
  { "It cost 3 dollars 50 cents.", { EXACT ("3 dollars 50 cents", MONEY, 3.5, "USD") } },
  { "The fund holds 100 billion yuan.", { EXACT ("100 billion yuan", MONEY, 1e11, "CNY") } },
  { "A C$16.4 million order.", { EXACT ("C$16.4 million", MONEY, 16.4e6, "CAD") } },
  { "Shares closed at $123.45 on Monday.", { EXACT ("$123.45", MONEY, 123.45, "USD") } },
  { NULL }
};

static const Case percent_cases[] = {
  { "Its share is 27%.", { EXACT ("27%", PERCENT, 27, "%") } },
  { "Its share is 27 %.", { EXACT ("27 %", PERCENT, 27, "%") } },
  { "Costs grew 7 percent.", { CHANGE ("7 percent", PERCENT, 7, "%", +1) } },
  { "Costs are 7 per cent higher.", { EXACT ("7 per cent", PERCENT, 7, "%") } },
  { "Margins widened by 3 percentage points.",
    { EXACT ("3 percentage points", PERCENT, 3, "pp") } },
  { "A 49-percent stake.", { EXACT ("49-percent", PERCENT, 49, "%") } },
  { "Twenty percent of staff left.", { EXACT ("Twenty percent", PERCENT, 20, "%") } },
  { "The tax is 0.5% now.", { EXACT ("0.5%", PERCENT, 0.5, "%") } },
  { NULL }
};

static const Case unit_cases[] = {
  { "It has 4,000 workers and 200 staff.",
    { EXACT ("4,000 workers", COUNT, 4000, "worker"), EXACT ("200 staff", COUNT, 200, "staff") } },
  { "It serves 90 million customers in 40 countries.",
    { EXACT ("90 million customers", COUNT, 9e7, "customer"),
      EXACT ("40 countries", COUNT, 40, "country") } },
  { "A cluster of 100,000 GPUs.", { EXACT ("100,000 GPUs", COUNT, 1e5, "gpu") } },
  { "The site draws 300 megawatts.", { EXACT ("300 megawatts", MEASURE, 300, "megawatt") } },
  { "The grid stores 5 GWh.", { EXACT ("5 GWh", MEASURE, 5, "gigawatt-hour") } },
  { "It used 12 gigawatt-hours.", { EXACT ("12 gigawatt-hours", MEASURE, 12, "gigawatt-hour") } },
  { "It has 1.2 GW of capacity.", { EXACT ("1.2 GW", MEASURE, 1.2, "gigawatt") } },
  { "It opened 35 new stores.", { EXACT ("35 new stores", COUNT, 35, "store") } },
  { NULL }
};

static const Case range_cases[] = {
  { "A deal worth $10–12 billion.", { RANGE ("$10–12 billion", MONEY, 10e9, 12e9, "USD") } },
  { "A deal worth $10-$12 billion.", { RANGE ("$10-$12 billion", MONEY, 10e9, 12e9, "USD") } },
  { "A deal worth between $10 billion and $12 billion.",
    { RANGE ("between $10 billion and $12 billion", MONEY, 10e9, 12e9, "USD") } },
  { "Prices may rise 10 to 12 percent.",
    { { "10 to 12 percent", PERCENT, 10, 12, BOTH, FALSE, "%", +1 } } },
  { "Readers aged 18-24 answered.", { RANGE ("18-24", COUNT, 18, 24, NULL) } },
  { "It hired 500 to 700 engineers.",
    { RANGE ("500 to 700 engineers", COUNT, 500, 700, "engineer") } },
  { "It cut 10-15% of jobs.", { RANGE ("10-15%", PERCENT, 10, 15, "%") } },
  { "Sales went from $5 billion to $7 billion.",
    { EXACT ("$5 billion", MONEY, 5e9, "USD"), EXACT ("$7 billion", MONEY, 7e9, "USD") } },
  { "Revenue rose 5% to $7 billion.",
    { CHANGE ("5%", PERCENT, 5, "%", +1), EXACT ("$7 billion", MONEY, 7e9, "USD") } },
  { NULL }
};

static const Case qualifier_cases[] = {
  { "It has more than 300 clients.", { AT_LEAST ("more than 300 clients", COUNT, 300, "client") } },
  { "It has above 300 clients.", { AT_LEAST ("above 300 clients", COUNT, 300, "client") } },
  { "Sales exceeds $3 billion.", { AT_LEAST ("exceeds $3 billion", MONEY, 3e9, "USD") } },
  { "Bids exceeding $3 billion.", { AT_LEAST ("exceeding $3 billion", MONEY, 3e9, "USD") } },
  { "It needs at least 5 votes.", { AT_LEAST ("at least 5", COUNT, 5, NULL) } },
  { "It spent upwards of $40 million.",
    { AT_LEAST ("upwards of $40 million", MONEY, 4e7, "USD") } },
  { "It hired 10 or more lawyers.", { AT_LEAST ("10 or more", COUNT, 10, NULL) } },
  { "A $10 billion-plus bet.", { AT_LEAST ("$10 billion-plus", MONEY, 1e10, "USD") } },
  { "It may cut as much as 20%.", { AT_MOST ("as much as 20%", PERCENT, 20, "%") } },
  { "It keeps at most 3 copies.", { AT_MOST ("at most 3", COUNT, 3, NULL) } },
  { "It sold less than 5% of shares.", { AT_MOST ("less than 5%", PERCENT, 5, "%") } },
  { "Turnout was under 40 percent.", { AT_MOST ("under 40 percent", PERCENT, 40, "%") } },
  { "Costs stay below $2 million.", { AT_MOST ("below $2 million", MONEY, 2e6, "USD") } },
  { "It takes no more than 30 days.", { AT_MOST ("no more than 30 days", COUNT, 30, "day") } },
  { "It has around 80 members.", { ABOUT ("around 80 members", COUNT, 80, "member") } },
  { "It has nearly 80 members.", { ABOUT ("nearly 80 members", COUNT, 80, "member") } },
  { "It has almost 80 members.", { ABOUT ("almost 80 members", COUNT, 80, "member") } },
  { "It has some 80 members.", { ABOUT ("some 80 members", COUNT, 80, "member") } },
  { "It has close to 80 members.", { ABOUT ("close to 80 members", COUNT, 80, "member") } },
  { "It has an estimated 80 members.", { ABOUT ("an estimated 80 members", COUNT, 80, "member") } },
  { "It is worth ~$3 billion.", { ABOUT ("~$3 billion", MONEY, 3e9, "USD") } },
  { "It is worth about $10–12 billion.",
    { { "about $10–12 billion", MONEY, 10e9, 12e9, BOTH, TRUE, "USD", 0 } } },
  { NULL }
};

static const Case direction_cases[] = {
  { "Shares rose 7%.", { CHANGE ("7%", PERCENT, 7, "%", +1) } },
  { "Shares jumped 7%.", { CHANGE ("7%", PERCENT, 7, "%", +1) } },
  { "Shares gained 7%.", { CHANGE ("7%", PERCENT, 7, "%", +1) } },
  { "Shares were up 7% at noon.", { CHANGE ("7%", PERCENT, 7, "%", +1) } },
  { "Shares rose by 7%.", { CHANGE ("7%", PERCENT, 7, "%", +1) } },
  { "Shares fell 2%.", { CHANGE ("2%", PERCENT, 2, "%", -1) } },
  { "Shares slipped 1.5%.", { CHANGE ("1.5%", PERCENT, 1.5, "%", -1) } },
  { "Shares dropped 3 percent.", { CHANGE ("3 percent", PERCENT, 3, "%", -1) } },
  { "Shares were down 3% early.", { CHANGE ("3%", PERCENT, 3, "%", -1) } },
  { "Sales declined $2 million.", { CHANGE ("$2 million", MONEY, 2e6, "USD", -1) } },
  { "Shares rose nearly 7%.", { { "nearly 7%", PERCENT, 7, 7, BOTH, TRUE, "%", +1 } } },
  { "Shares rose to 7%.", { EXACT ("7%", PERCENT, 7, "%") } },
  { "Shares rose, and 7% of them changed hands.", { EXACT ("7%", PERCENT, 7, "%") } },
  { NULL }
};

static const Case negative_cases[] = {
  { "The firm was founded in 2016 and grew in 2024.", { NOTHING } },
  { "It has grown since 2016.", { NOTHING } },
  { "On June 8 it said so; on 8 June it did.", { NOTHING } },
  { "Posted on 06/09/2025 at 9:30, and again at 9 a.m.", { NOTHING } },
  { "Results for the third quarter, Q3, put it in 3rd place.", { NOTHING } },
  { "The lab released Llama 3 and bought H100 parts for GPT-5 and a Series F.", { NOTHING } },
  { "1. Background\n2) Outlook\n", { NOTHING } },
  { "It was a move that surprised many.", { NOTHING } },
  { "It is one of the largest deals.", { NOTHING } },
  { "Which one do you prefer?", { NOTHING } },
  { "The team won 3-1 after a 50-50 split.", { NOTHING } },
  { "Cases of COVID-19 rose; the 5G rollout slowed.", { NOTHING } },
  { "The 2020-2024 plan and the 2019-20 season.", { NOTHING } },
  { "It runs on version 2.1.3 at 192.168.0.1.", { NOTHING } },
  { "The twenty-first meeting approved two thirds of it.", { NOTHING } },
  { "Visit https://example.com/a/2024/10/5 for 100% more.", { EXACT ("100%", PERCENT, 100, "%") } },
  { "It beat the S&P 500 and entered the Fortune 500 list.", { NOTHING } },
  { "It counted 5,000 H100s.", { EXACT ("5,000", COUNT, 5000, NULL) } },
  { "Hundreds of workers and tens of thousands of users.", { NOTHING } },
  { NULL }
};

/* Offsets are bytes and never split a character. */
static const Case multibyte_cases[] = {
  { "Le chiffre d’affaires – €5 million – a doublé.",
    { EXACT ("€5 million", MONEY, 5e6, "EUR") } },
  { "Über 40 000 Kunden, «about 12%» précisé.",
    { EXACT ("40 000", COUNT, 40000, NULL), ABOUT ("about 12%", PERCENT, 12, "%") } },
  { "東京 sold ¥3bn — then “more than $2 billion”.",
    { EXACT ("¥3bn", MONEY, 3e9, "JPY"), AT_LEAST ("more than $2 billion", MONEY, 2e9, "USD") } },
  { "Café owners: 1,200 employees…", { EXACT ("1,200 employees", COUNT, 1200, "employee") } },
  { "Prix : 100 € par mois.", { EXACT ("100 €", MONEY, 100, "EUR") } },
  { NULL }
};

static void
test_spans (void)
{
  const char *input = "Analysts expect more than $10–12 billion in sales.";
  g_autoptr(GPtrArray) quantities = claimline_quantity_find (input, -1);
  const ClaimlineQuantity *q;

  g_assert_cmpuint (quantities->len, ==, 1);
  q = g_ptr_array_index (quantities, 0);
  g_assert_cmpuint (q->start, ==, strstr (input, "more") - input);
  g_assert_cmpuint (q->value_start, ==, strstr (input, "$10") - input);
  g_assert_cmpuint (q->number_start, ==, strstr (input, "10") - input);
  g_assert_cmpuint (q->number_end, ==, strstr (input, " in") - input);
  g_assert_cmpuint (q->end, ==, strstr (input, " in") - input);
}

static void
test_length (void)
{
  const char *input = "It paid $5 billion; and 7% more";
  g_autoptr(GPtrArray) cut = claimline_quantity_find (input, strlen ("It paid $5"));
  g_autoptr(GPtrArray) none = claimline_quantity_find ("", 0);

  g_assert_cmpuint (cut->len, ==, 1);
  g_assert_cmpfloat (((ClaimlineQuantity *) g_ptr_array_index (cut, 0))->low, ==, 5);
  g_assert_cmpuint (none->len, ==, 0);
}

static gpointer
find_in_thread (gpointer data)
{
  guint total = 0;

  for (guint i = 0; seed_cases[i].input != NULL; i++)
    {
      g_autoptr(GPtrArray) quantities = claimline_quantity_find (seed_cases[i].input, -1);
      total += quantities->len;
    }
  return GUINT_TO_POINTER (total);
}

/* The lexicons load once, whichever thread comes first. */
static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("quantity", find_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 17);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quantity/threads", test_threads);
  g_test_add_data_func ("/quantity/seed-figures", seed_cases, check_cases);
  g_test_add_data_func ("/quantity/numbers", number_cases, check_cases);
  g_test_add_data_func ("/quantity/currencies", currency_cases, check_cases);
  g_test_add_data_func ("/quantity/percentages", percent_cases, check_cases);
  g_test_add_data_func ("/quantity/units", unit_cases, check_cases);
  g_test_add_data_func ("/quantity/ranges", range_cases, check_cases);
  g_test_add_data_func ("/quantity/qualifiers", qualifier_cases, check_cases);
  g_test_add_data_func ("/quantity/directions", direction_cases, check_cases);
  g_test_add_data_func ("/quantity/not-figures", negative_cases, check_cases);
  g_test_add_data_func ("/quantity/multibyte", multibyte_cases, check_cases);
  g_test_add_func ("/quantity/spans", test_spans);
  g_test_add_func ("/quantity/length", test_length);

  return g_test_run ();
}
