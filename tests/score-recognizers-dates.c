/* score-recognizers-dates.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Scores the temporal expression recogniser on the Microsoft
 * Recognizers-Text English DateTimeModel spec cases under
 * $CLAIMLINE_SHARED_DIR/corpora/recognizers-specs (DateTime/English/
 * DateTimeModel.json), with Context.ReferenceDateTime as the DCT.
 *
 * Scope (what a news reader needs): cases whose every expected result is a
 * date, a date range, a duration or a set, and cases that expect nothing
 * (the negatives: "This may take longer").  Out of scope, and not counted:
 * cases with a clock time, a time range, a date-time or a time zone;
 * cases marked NotSupportedByDesign; and explicit ranges whose timex is an
 * interval "(start,end,duration)" ("from May to Oct 2020", "next 3 days"),
 * since the recogniser reports each end of a range as its own expression,
 * as TimeML does.
 *
 * A case passes when the recogniser finds exactly as many expressions as
 * expected, each with the expected span (End is inclusive, offsets are in
 * UTF-16 code units; a leading signal word or article that the spec puts in
 * the span and TimeML leaves out, "since", "after", "on", "the", ..., is
 * not held against either side) and a compatible value: the same timex, or, where the
 * spec leaves the year open ("XXXX-10-02", "XXXX-WXX-5"), one of its
 * resolutions (our nearest-year reading is one of the spec's past and
 * future readings), or the same first and last day for a period.
 *
 * Exits 77 (skip) when the corpus is absent, 1 below the floor.
 * `score-recognizers-dates -v` lists the failing cases. */

#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "claimline-timex.h"

/* The achieved pass rate, rounded down: a regression fails the test. */
#define FLOOR_PASS_PERCENT 40.0

static gboolean verbose;

static const char *
type_name (JsonObject *result)
{
  if (json_object_has_member (result, "TypeName"))
    return json_object_get_string_member (result, "TypeName");
  if (json_object_has_member (result, "Typename"))
    return json_object_get_string_member (result, "Typename");
  return "";
}

static gboolean
type_in_scope (const char *type)
{
  return g_str_equal (type, "datetimeV2.date") || g_str_equal (type, "datetimeV2.daterange") ||
         g_str_equal (type, "datetimeV2.duration") || g_str_equal (type, "datetimeV2.set");
}

static JsonArray *
resolution_values (JsonObject *result)
{
  JsonObject *resolution = json_object_get_object_member (result, "Resolution");

  if (resolution == NULL || !json_object_has_member (resolution, "values"))
    return NULL;
  return json_object_get_array_member (resolution, "values");
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
case_in_scope (JsonObject *test)
{
  JsonArray *results = json_object_get_array_member (test, "Results");

  if (json_object_has_member (test, "NotSupportedByDesign"))
    return FALSE;
  for (guint r = 0; r < json_array_get_length (results); r++)
    {
      JsonObject *result = json_array_get_object_element (results, r);
      JsonArray *values = resolution_values (result);

      if (!type_in_scope (type_name (result)) || values == NULL)
        return FALSE;
      for (guint v = 0; v < json_array_get_length (values); v++)
        {
          const char *timex = string_member (json_array_get_object_element (values, v), "timex");

          if (timex == NULL || timex[0] == '(')
            return FALSE;
        }
    }
  return TRUE;
}

/* Words the spec's spans may start with and TimeML's do not (or the
 * other way round for "the"). */
static const char *signal_words[] = {
  "after", "at", "before", "beginning", "by", "from", "in", "on", "since", "starting", "the",
  "until",
};

/* START moved past leading signal words of the span [START, END). */
static gsize
skip_signals (const char *text,
              gsize       start,
              gsize       end)
{
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint w = 0; w < G_N_ELEMENTS (signal_words); w++)
        {
          gsize n = strlen (signal_words[w]);

          if (start + n < end && g_ascii_strncasecmp (text + start, signal_words[w], n) == 0 &&
              text[start + n] == ' ')
            {
              start += n + 1;
              moved = TRUE;
            }
        }
    }
  return start;
}

/* Byte offset of UTF-16 index UNIT in the UTF-8 TEXT, or -1. */
static gssize
utf16_to_byte (const char *text,
               gint64      unit)
{
  const char *p = text;
  gint64 units = 0;

  while (units < unit && *p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      units += c > 0xffff ? 2 : 1;
      p = g_utf8_next_char (p);
    }
  return units == unit ? p - text : -1;
}

static char *
next_day (const char *day)
{
  int y, m, d;
  GDate date;
  char buf[16];

  if (day == NULL || sscanf (day, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  g_date_add_days (&date, 1);
  g_snprintf (buf, sizeof buf, "%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
  return g_strdup (buf);
}

/* Is what we found one of the spec's readings? */
static gboolean
value_matches (const ClaimlineTimex *t,
               JsonArray            *values)
{
  g_autofree char *after = next_day (t->high);

  for (guint v = 0; v < json_array_get_length (values); v++)
    {
      JsonObject *value = json_array_get_object_element (values, v);
      const char *timex = string_member (value, "timex");
      const char *date = string_member (value, "value");
      const char *start = string_member (value, "start");
      const char *end = string_member (value, "end");

      if (g_strcmp0 (timex, t->value) == 0)
        return TRUE;
      if (date != NULL && g_strcmp0 (date, t->value) == 0)
        return TRUE;
      if (start != NULL && t->low != NULL && g_str_equal (start, t->low) &&
          (end == NULL || g_strcmp0 (end, after) == 0 || g_strcmp0 (end, t->high) == 0))
        return TRUE;
    }
  return FALSE;
}

static gboolean
score_case (JsonObject *test)
{
  const char *input = json_object_get_string_member (test, "Input");
  JsonArray *results = json_object_get_array_member (test, "Results");
  JsonObject *context = json_object_has_member (test, "Context") ?
                        json_object_get_object_member (test, "Context") : NULL;
  const char *reference = context != NULL ? string_member (context, "ReferenceDateTime") : NULL;
  g_autoptr(GPtrArray) found = NULL;
  GDate *dct = NULL;
  gboolean pass;
  int y, m, d;

  if (reference != NULL && sscanf (reference, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
    dct = g_date_new_dmy (d, m, y);
  found = claimline_timex_find (input, -1, dct);
  pass = found->len == json_array_get_length (results);
  for (guint r = 0; pass && r < json_array_get_length (results); r++)
    {
      JsonObject *result = json_array_get_object_element (results, r);
      gssize start = utf16_to_byte (input, json_object_get_int_member (result, "Start"));
      gssize end = utf16_to_byte (input, json_object_get_int_member (result, "End") + 1);
      const ClaimlineTimex *t = g_ptr_array_index (found, r);

      pass = start >= 0 && end >= 0 && t->end == (gsize) end &&
             skip_signals (input, t->start, t->end) == skip_signals (input, start, end) &&
             value_matches (t, resolution_values (result));
    }
  if (!pass && verbose)
    {
      printf ("FAIL\t%s\n", input);
      for (guint r = 0; r < json_array_get_length (results); r++)
        {
          JsonObject *result = json_array_get_object_element (results, r);
          JsonObject *first = json_array_get_object_element (resolution_values (result), 0);

          printf ("  want\t%s\t%s\n", json_object_get_string_member (result, "Text"),
                  string_member (first, "timex"));
        }
      for (guint k = 0; k < found->len; k++)
        {
          const ClaimlineTimex *t = g_ptr_array_index (found, k);

          printf ("  got\t%.*s\t%s\n", (int) (t->end - t->start), input + t->start, t->value);
        }
    }
  if (dct != NULL)
    g_date_free (dct);
  return pass;
}

int
main (int    argc,
      char **argv)
{
  const char *shared = g_getenv ("CLAIMLINE_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *json;
  gsize length;
  JsonArray *tests;
  guint passed = 0, total = 0;
  double percent;

  verbose = argc > 1 && g_str_equal (argv[1], "-v");
  path = shared != NULL ? g_build_filename (shared, "corpora", "recognizers-specs", "DateTime",
                                            "English", "DateTimeModel.json", NULL) : NULL;
  if (path == NULL || !g_file_get_contents (path, &data, &length, NULL))
    {
      printf ("SKIP: no DateTimeModel.json (set CLAIMLINE_SHARED_DIR to the folder holding corpora/)\n");
      return 77;
    }
  /* the file starts with a byte order mark */
  json = g_str_has_prefix (data, "\xef\xbb\xbf") ? data + 3 : data;
  if (!json_parser_load_from_data (parser, json, length - (json - data), &error) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    {
      printf ("score-recognizers-dates: cannot parse %s: %s\n", path,
              error != NULL ? error->message : "not an array");
      return 1;
    }
  tests = json_node_get_array (json_parser_get_root (parser));
  for (guint k = 0; k < json_array_get_length (tests); k++)
    {
      JsonObject *test = json_array_get_object_element (tests, k);

      if (!case_in_scope (test))
        continue;
      total++;
      passed += score_case (test);
    }
  percent = total > 0 ? 100.0 * passed / total : 0;
  printf ("DateTimeModel: passed %u of %u (%.1f %%)\n", passed, total, percent);
  if (percent < FLOOR_PASS_PERCENT)
    {
      printf ("FAIL: below the floor of %.1f %%\n", FLOOR_PASS_PERCENT);
      return 1;
    }
  return 0;
}
