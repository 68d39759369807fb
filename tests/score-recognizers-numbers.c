/* score-recognizers-numbers.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scores claimline_quantity_find() against the English number, percent and
 * currency cases of Microsoft Recognizers-Text, read at run time from
 * $CLAIMLINE_SHARED_DIR/corpora/recognizers-specs (nothing is copied here).
 *
 * What an entity is, per file:
 *   NumberModel    every figure we return gives its numeral ("10 billion"
 *                  in "$10 billion") and that value, except percentages and
 *                  measures glued to their unit ("29km", one token);
 *   PercentModel   our percent figures, their span without qualifiers;
 *   CurrencyModel  our money figures, their span without qualifiers, their
 *                  value (cents, pence and pennies read in hundredths of the
 *                  main unit) and, where the case gives one, the ISO code.
 *
 * Scope, chosen for news text:
 *   - cases marked NotSupportedByDesign are skipped;
 *   - NumberModel cases are skipped when an expected number is a fraction
 *     ("two thirds", "1/4") or a power ("1.3e6"): we read plain integers
 *     and decimals, written or spelled, with their scales;
 *   - expected entities without a value (a bare "dollar" or "percent") are
 *     dropped, and what we find over their span is not counted.
 * Cases with no expected entity stay in scope: they test false alarms.
 *
 * A case passes when every expected entity is found with the same span and
 * value and nothing else is found.  Offsets in the corpus count UTF-16 code
 * units and End is inclusive.  Precision, recall and F1 are over entities
 * of all three files.  The run fails when a file's pass rate falls below
 * its floor; it is skipped (77) when the corpus is not there.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "claimline-quantity.h"

typedef enum
{
  MODEL_NUMBER,
  MODEL_PERCENT,
  MODEL_CURRENCY,
} Model;

static const struct
{
  const char *name;
  const char *path;
  Model       model;
  double      floor; /* percent of in-scope cases that must pass */
} corpus_files[] = {
  { "NumberModel", "Number/English/NumberModel.json", MODEL_NUMBER, 91 },
  { "PercentModel", "Number/English/PercentModel.json", MODEL_PERCENT, 100 },
  { "CurrencyModel", "NumberWithUnit/English/CurrencyModel.json", MODEL_CURRENCY, 93 },
};

typedef struct
{
  glong       start; /* UTF-16 units, end exclusive */
  glong       end;
  double      value;
  const char *iso;   /* NULL when not given */
  gboolean    has_value;
} Entity;

typedef struct
{
  guint cases;
  guint passed;
  guint true_positives;
  guint false_positives;
  guint false_negatives;
} Tally;

static gboolean verbose;

/* UTF-16 offsets of every byte offset of TEXT. */
static glong *
utf16_offsets (const char *text,
               gsize       length)
{
  glong *offsets = g_new0 (glong, length + 1);
  glong units = 0;
  gsize i = 0;

  while (i < length)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize next = g_utf8_next_char (text + i) - text;

      for (gsize j = i; j < next && j <= length; j++)
        offsets[j] = units;
      units += c > 0xFFFF ? 2 : 1;
      i = next;
    }
  offsets[length] = units;
  return offsets;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static double
minor_unit_factor (const char *unit)
{
  static const char *minor[] = { "Cent", "Pence", "Penny" };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (minor); i++)
    if (g_str_equal (unit, minor[i]))
      return 0.01;
  return 1;
}

/* The expected entities of CASE; FALSE when the case is out of scope. */
static gboolean
read_expected (JsonObject *object,
               Model       model,
               GArray     *expected)
{
  JsonArray *results = json_object_get_array_member (object, "Results");

  if (json_object_has_member (object, "NotSupportedByDesign"))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *result = json_array_get_object_element (results, i);
      JsonObject *resolution = json_object_get_object_member (result, "Resolution");
      const char *subtype = member_string (resolution, "subtype");
      const char *value = member_string (resolution, "value");
      Entity entity = { 0, };

      if (model == MODEL_NUMBER && subtype != NULL
          && (g_str_equal (subtype, "fraction") || g_str_equal (subtype, "power")))
        return FALSE;

      entity.start = json_object_get_int_member (result, "Start");
      entity.end = json_object_get_int_member (result, "End") + 1;
      entity.has_value = value != NULL && g_ascii_isdigit (value[value[0] == '-']);
      if (entity.has_value)
        entity.value = g_ascii_strtod (value, NULL);
      if (model == MODEL_CURRENCY)
        {
          entity.value *= minor_unit_factor (member_string (resolution, "unit"));
          entity.iso = member_string (resolution, "isoCurrency");
        }
      g_array_append_val (expected, entity);
    }
  return TRUE;
}

static gboolean
same_value (double a,
            double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1, MAX (fabs (a), fabs (b)));
}

/* What we find in INPUT, as entities of MODEL. */
static void
read_found (const char *input,
            Model       model,
            GArray     *found)
{
  g_autoptr(GPtrArray) quantities = claimline_quantity_find (input, -1);
  g_autofree glong *offsets = utf16_offsets (input, strlen (input));

  for (guint i = 0; i < quantities->len; i++)
    {
      ClaimlineQuantity *quantity = g_ptr_array_index (quantities, i);
      Entity entity = { 0, };
      double value = quantity->has_low ? quantity->low : quantity->high;

      entity.has_value = TRUE;
      entity.value = value;
      switch (model)
        {
        case MODEL_NUMBER:
          /* "29km" is one token with its unit, not a number */
          if (quantity->kind == CLAIMLINE_QUANTITY_PERCENT
              || (quantity->kind == CLAIMLINE_QUANTITY_MEASURE
                  && g_ascii_isalpha (input[quantity->number_end])))
            continue;
          entity.start = offsets[quantity->number_start];
          entity.end = offsets[quantity->number_end];
          break;
        case MODEL_PERCENT:
          if (quantity->kind != CLAIMLINE_QUANTITY_PERCENT)
            continue;
          entity.start = offsets[quantity->value_start];
          entity.end = offsets[quantity->value_end];
          break;
        case MODEL_CURRENCY:
          if (quantity->kind != CLAIMLINE_QUANTITY_MONEY)
            continue;
          entity.start = offsets[quantity->value_start];
          entity.end = offsets[quantity->value_end];
          entity.iso = g_intern_string (quantity->unit);
          break;
        default:
          g_assert_not_reached ();
        }
      g_array_append_val (found, entity);
    }
}

static gboolean
entity_matches (const Entity *expected,
                const Entity *found,
                Model         model)
{
  if (expected->start != found->start || expected->end != found->end)
    return FALSE;
  if (model == MODEL_CURRENCY && expected->iso != NULL
      && g_strcmp0 (expected->iso, found->iso) != 0)
    return FALSE;
  return same_value (expected->value, found->value);
}

static gboolean
overlaps (const Entity *a,
          const Entity *b)
{
  return a->start < b->end && b->start < a->end;
}

static gboolean
score_case (const char *input,
            Model       model,
            GArray     *expected,
            Tally      *tally)
{
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (Entity));
  g_autofree gboolean *used = NULL;
  gboolean pass = TRUE;

  read_found (input, model, found);
  used = g_new0 (gboolean, found->len);

  for (guint i = 0; i < expected->len; i++)
    {
      const Entity *want = &g_array_index (expected, Entity, i);
      gboolean hit = FALSE;

      for (guint j = 0; j < found->len && want->has_value; j++)
        if (!used[j] && entity_matches (want, &g_array_index (found, Entity, j), model))
          {
            used[j] = hit = TRUE;
            break;
          }
      /* an entity without a value is out of scope: ignore what covers it */
      if (!want->has_value)
        {
          for (guint j = 0; j < found->len; j++)
            used[j] |= overlaps (want, &g_array_index (found, Entity, j));
          continue;
        }
      if (hit)
        tally->true_positives++;
      else
        {
          tally->false_negatives++;
          pass = FALSE;
        }
    }
  for (guint j = 0; j < found->len; j++)
    if (!used[j])
      {
        tally->false_positives++;
        pass = FALSE;
      }

  if (!pass && verbose)
    {
      g_printerr ("FAIL %s\n", input);
      for (guint i = 0; i < expected->len; i++)
        {
          const Entity *e = &g_array_index (expected, Entity, i);
          g_printerr ("   want %ld-%ld %g %s\n", e->start, e->end, e->value, e->iso ? e->iso : "");
        }
      for (guint j = 0; j < found->len; j++)
        {
          const Entity *e = &g_array_index (found, Entity, j);
          g_printerr ("   got  %ld-%ld %g %s\n", e->start, e->end, e->value, e->iso ? e->iso : "");
        }
    }
  return pass;
}

/* Parses a corpus file, which may begin with a byte order mark. */
static JsonArray *
load_cases (const char  *path,
            JsonParser  *parser,
            GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  const char *data;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  data = contents;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!json_parser_load_from_data (parser, data, length, error))
    return NULL;
  return json_node_get_array (json_parser_get_root (parser));
}

static gboolean
score_file (const char *dir,
            guint       index,
            Tally      *total)
{
  g_autofree char *path = g_build_filename (dir, corpus_files[index].path, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Model model = corpus_files[index].model;
  Tally tally = { 0, };
  JsonArray *cases;
  double rate;

  cases = load_cases (path, parser, &error);
  if (cases == NULL)
    {
      g_printerr ("%s: %s\n", corpus_files[index].name, error->message);
      return FALSE;
    }

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *object = json_array_get_object_element (cases, i);
      g_autoptr(GArray) expected = g_array_new (FALSE, TRUE, sizeof (Entity));

      if (!read_expected (object, model, expected))
        continue;
      tally.cases++;
      if (score_case (member_string (object, "Input"), model, expected, &tally))
        tally.passed++;
    }

  rate = tally.cases > 0 ? 100.0 * tally.passed / tally.cases : 0;
  g_print ("%s: passed %u of %u (%.1f %%)\n",
           corpus_files[index].name, tally.passed, tally.cases, rate);
  total->true_positives += tally.true_positives;
  total->false_positives += tally.false_positives;
  total->false_negatives += tally.false_negatives;
  if (rate < corpus_files[index].floor)
    {
      g_printerr ("%s: below the floor of %.0f %%\n",
                  corpus_files[index].name, corpus_files[index].floor);
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *dir = NULL;
  Tally total = { 0, };
  gboolean ok = TRUE;
  double precision, recall, f1;

  setlocale (LC_ALL, "");
  verbose = g_getenv ("CLAIMLINE_SCORE_VERBOSE") != NULL;
  dir = g_build_filename (shared != NULL ? shared : "../shared",
                          "corpora", "recognizers-specs", NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("SKIP: no corpus at %s\n", dir);
      return 77;
    }

  for (guint i = 0; i < G_N_ELEMENTS (corpus_files); i++)
    ok &= score_file (dir, i, &total);

  precision = total.true_positives / (double) MAX (1, total.true_positives + total.false_positives);
  recall = total.true_positives / (double) MAX (1, total.true_positives + total.false_negatives);
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  g_print ("corpus: precision %.3f, recall %.3f, F1 %.3f\n", precision, recall, f1);
  return ok ? 0 : 1;
}
