/* test-claims.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-claims.h"
#include "claimline-import.h"

static const char report[] =
  "Meta Platforms is negotiating to put more than $10 billion into Scale AI, according to "
  "people familiar with the negotiations.\n\n"
  "Key figures\n\n"
  "Scale AI was founded in 2016 by Alexandr Wang. The company had revenue of $870 million "
  "last year and expects sales of roughly $2 billion this year. Its valuation, $13.8 billion, "
  "was set by a $1 billion Series F round.\n\n"
  "Meta may spend up to $65 billion on artificial intelligence this year, and it employs "
  "about 1,200 people at the lab.";

static GDate *
make_date (guint year,
           guint month,
           guint day)
{
  return g_date_new_dmy (day, month, year);
}

static const ClaimlineClaim *
find_claim (GPtrArray  *claims,
            const char *text)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);

      if (strcmp (claim->text, text) == 0)
        return claim;
    }
  g_test_message ("no claim “%s”", text);
  return NULL;
}

/* The characters START..END of TEXT. */
static char *
char_slice (const char *text,
            gsize       start,
            gsize       end)
{
  const char *from = g_utf8_offset_to_pointer (text, (glong) start);
  const char *to = g_utf8_offset_to_pointer (text, (glong) end);

  return g_strndup (from, to - from);
}

static void
assert_offsets_match (const char *text,
                      GPtrArray  *claims)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *slice = char_slice (text, claim->start, claim->end);
      g_autofree char *sentence = char_slice (text, claim->sentence_start, claim->sentence_end);

      g_assert_cmpstr (slice, ==, claim->text);
      g_assert_nonnull (strstr (sentence, claim->text));
    }
}

static void
test_report_with_date (void)
{
  g_autoptr(GDate) dct = make_date (2025, 6, 8);
  g_autoptr(GPtrArray) claims = claimline_claims_extract (report, dct);
  const ClaimlineClaim *claim;

  assert_offsets_match (report, claims);

  claim = find_claim (claims, "more than $10 billion");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->kind, ==, "money");
  g_assert_true (claim->has_low && !claim->has_high);
  g_assert_cmpfloat (claim->low, ==, 1e10);
  g_assert_cmpstr (claim->unit, ==, "USD");
  g_assert_cmpstr (claim->attribute, ==, "investment");
  g_assert_cmpstr (claim->subject, ==, "Scale AI");
  g_assert_cmpstr (claim->actor, ==, "Meta");
  g_assert_cmpint (claim->modality, ==, CLAIMLINE_MODALITY_REPORTED);
  g_assert_cmpstr (claim->attribution, ==, "people familiar with the negotiations");

  claim = find_claim (claims, "$870 million");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->attribute, ==, "revenue");
  g_assert_cmpstr (claim->subject, ==, "Scale AI");  /* "The company" */
  g_assert_cmpstr (claim->time_value, ==, "2024");
  g_assert_cmpstr (claim->time_low, ==, "2024-01-01");
  g_assert_cmpstr (claim->time_high, ==, "2024-12-31");
  g_assert_cmpint (claim->modality, ==, CLAIMLINE_MODALITY_STATED);

  claim = find_claim (claims, "roughly $2 billion");
  g_assert_nonnull (claim);
  g_assert_true (claim->approx);
  g_assert_cmpstr (claim->attribute, ==, "revenue");
  g_assert_cmpstr (claim->time_value, ==, "2025");
  g_assert_cmpint (claim->modality, ==, CLAIMLINE_MODALITY_PROJECTED);

  claim = find_claim (claims, "$13.8 billion");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->attribute, ==, "valuation");
  g_assert_cmpstr (claim->subject, ==, "Scale AI");  /* "Its" */

  claim = find_claim (claims, "$1 billion");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->attribute, ==, "funding round");

  claim = find_claim (claims, "up to $65 billion");
  g_assert_nonnull (claim);
  g_assert_true (!claim->has_low && claim->has_high);
  g_assert_cmpfloat (claim->high, ==, 6.5e10);
  g_assert_cmpstr (claim->attribute, ==, "spending");
  g_assert_cmpstr (claim->subject, ==, "Meta");
  g_assert_cmpint (claim->modality, ==, CLAIMLINE_MODALITY_POSSIBLE);
  g_assert_cmpstr (claim->time_value, ==, "2025");

  claim = find_claim (claims, "about 1,200 people");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->kind, ==, "count");
  g_assert_true (claim->approx);
  g_assert_cmpfloat (claim->low, ==, 1200);
  g_assert_cmpstr (claim->attribute, ==, "employees");

  claim = find_claim (claims, "2016");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->kind, ==, "date");
  g_assert_cmpstr (claim->attribute, ==, "founded");
  g_assert_cmpstr (claim->subject, ==, "Scale AI");
  g_assert_cmpstr (claim->time_value, ==, "2016");

  /* Nothing comes from the heading "Key figures". */
  for (guint i = 0; i < claims->len; i++)
    g_assert_null (strstr ("Key figures", ((ClaimlineClaim *) g_ptr_array_index (claims, i))->text));
}

static void
test_report_without_date (void)
{
  g_autoptr(GPtrArray) claims = claimline_claims_extract (report, NULL);
  const ClaimlineClaim *claim = find_claim (claims, "$870 million");

  g_assert_nonnull (claim);
  /* "last year" with no publication date stays unresolved: never today's year. */
  g_assert_nonnull (claim->time_value);
  g_assert_null (strstr (claim->time_value, "20"));
  g_assert_null (claim->time_low);
  g_assert_null (claim->time_high);

  claim = find_claim (claims, "2016");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->time_value, ==, "2016");
}

static void
test_offsets_are_characters (void)
{
  const char *text = "Über-café Société Générale — “la banque” — a publié un bénéfice "
                     "de 5 millions d’euros. Acme’s revenue rose 7% to €12 million in 2024.";
  g_autoptr(GDate) dct = make_date (2025, 3, 1);
  g_autoptr(GPtrArray) claims = claimline_claims_extract (text, dct);
  const ClaimlineClaim *claim;

  assert_offsets_match (text, claims);
  claim = find_claim (claims, "€12 million");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->unit, ==, "EUR");
  g_assert_cmpstr (claim->time_value, ==, "2024");
  claim = find_claim (claims, "rose 7%");
  if (claim == NULL)
    claim = find_claim (claims, "7%");
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->kind, ==, "percent");
  g_assert_cmpint (claim->direction, ==, 1);
}

static void
test_hedges_and_denials (void)
{
  const struct {
    const char        *text;
    const char        *figure;
    ClaimlineModality  modality;
  } cases[] = {
    { "Northwind reportedly paid $4 billion for the mine.", "$4 billion", CLAIMLINE_MODALITY_REPORTED },
    { "Northwind could pay $4 billion for the mine.", "$4 billion", CLAIMLINE_MODALITY_POSSIBLE },
    { "Northwind expects revenue of $4 billion next year.", "$4 billion", CLAIMLINE_MODALITY_PROJECTED },
    { "Northwind denied that it paid $4 billion for the mine.", "$4 billion", CLAIMLINE_MODALITY_DENIED },
    { "Northwind paid $4 billion for the mine.", "$4 billion", CLAIMLINE_MODALITY_STATED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) claims = claimline_claims_extract (cases[i].text, NULL);
      const ClaimlineClaim *claim = find_claim (claims, cases[i].figure);

      g_assert_nonnull (claim);
      g_assert_cmpint (claim->modality, ==, cases[i].modality);
    }
}

/* The acceptance material: the five real reports, when ../shared is there. */
typedef struct
{
  const char *file;
  const char *revenue_year;   /* time of $870 million; NULL: must stay unresolved */
} SeedExpectation;

static GPtrArray *
seed_claims (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = claimline_import_file (file, NULL, &error);

  g_assert_no_error (error);
  return g_ptr_array_ref (document->claims);
}

static const ClaimlineClaim *
find_by (GPtrArray  *claims,
         const char *attribute,
         double      value)
{
  for (guint i = 0; i < claims->len; i++)
    {
      const ClaimlineClaim *claim = g_ptr_array_index (claims, i);
      double figure = claim->has_low ? claim->low : claim->high;
      double difference = figure > value ? figure - value : value - figure;

      if (g_strcmp0 (claim->attribute, attribute) == 0 && difference < value * 1e-6)
        return claim;
    }
  return NULL;
}

static void
test_seeds (void)
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *dir = shared ? g_build_filename (shared, "seeds", NULL) : NULL;
  const SeedExpectation seeds[] = {
    { "000_596ccfb5675a9eb0.txt", "2024" },
    { "001_4cc656e912fa1340.txt", NULL },
    { "002_67f0d865c703a83c.txt", "2024" },
    { "003_2696e904266e840c.txt", "2023" },
    { "004_074847769e106522.txt", NULL },
  };

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("seeds not found: set CLAIMLINE_SHARED_DIR to the shared folder");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(GPtrArray) claims = seed_claims (dir, seeds[i].file);
      const ClaimlineClaim *investment = NULL;
      const ClaimlineClaim *revenue = find_by (claims, "revenue", 870e6);

      g_test_message ("%s: %u claims", seeds[i].file, claims->len);
      for (guint c = 0; c < claims->len && investment == NULL; c++)
        {
          const ClaimlineClaim *claim = g_ptr_array_index (claims, c);

          if (g_strcmp0 (claim->attribute, "investment") == 0 && claim->has_low &&
              claim->low >= 1e10 && g_strcmp0 (claim->kind, "money") == 0)
            investment = claim;
        }
      g_assert_nonnull (investment);
      g_assert_cmpstr (investment->subject, ==, "Scale AI");
      g_assert_true (investment->modality == CLAIMLINE_MODALITY_REPORTED ||
                     investment->modality == CLAIMLINE_MODALITY_POSSIBLE);

      g_assert_nonnull (revenue);
      if (seeds[i].revenue_year != NULL)
        g_assert_cmpstr (revenue->time_value, ==, seeds[i].revenue_year);
      else
        g_assert_true (revenue->time_value == NULL || revenue->time_low == NULL);
    }
}

/* A text of nothing but figures stops giving claims at the cap, keeping
 * those of its start. */
static void
test_claims_cap (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) claims = NULL;
  ClaimlineClaim *last;

  for (guint i = 0; i < 3 * CLAIMLINE_MAX_CLAIMS / 2; i++)
    g_string_append_printf (text, "Acme Corp had revenue of $%u million in 2024. ", 100 + i);
  claims = claimline_claims_extract (text->str, NULL);
  g_assert_cmpuint (claims->len, ==, CLAIMLINE_MAX_CLAIMS);
  for (guint i = 0; i < claims->len; i++)
    {
      ClaimlineClaim *claim = g_ptr_array_index (claims, i);

      if (g_strcmp0 (claim->kind, "money") == 0)
        {
          g_assert_cmpfloat (claim->low, ==, 100e6);
          break;
        }
    }
  last = g_ptr_array_index (claims, claims->len - 1);
  g_assert_cmpuint (last->start, <, text->len * 3 / 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/claims/report-with-date", test_report_with_date);
  g_test_add_func ("/claims/report-without-date", test_report_without_date);
  g_test_add_func ("/claims/offsets-are-characters", test_offsets_are_characters);
  g_test_add_func ("/claims/hedges-and-denials", test_hedges_and_denials);
  g_test_add_func ("/claims/seeds", test_seeds);
  g_test_add_func ("/claims/cap", test_claims_cap);

  return g_test_run ();
}
