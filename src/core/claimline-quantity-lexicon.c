/* claimline-quantity-lexicon.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-quantity-private.h"
#include "claimline-resources.h"

/* The blank-separated words of TEXT, hyphens read as blanks when
 * HYPHEN_IS_BLANK ("gigawatt-hours" matches "gigawatt hours"). */
static char **
split_words (const char *text,
             gboolean    hyphen_is_blank)
{
  g_auto(GStrv) parts = g_strsplit_set (text, hyphen_is_blank ? " \t-" : " \t", -1);
  GPtrArray *words = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (words, FALSE);
}

/* Splits "key = v1 v2" into a normalised key (single blanks between its
 * words) and its value words. */
static gboolean
split_entry (const char   *name,
             const char   *line,
             char        **key,
             char       ***values)
{
  const char *equals = strstr (line, " = ");
  g_autofree char *raw = NULL;
  g_auto(GStrv) words = NULL;

  if (equals == NULL)
    {
      g_warning ("Lexicon %s: cannot read “%s”", name, line);
      return FALSE;
    }

  raw = g_strndup (line, equals - line);
  words = split_words (raw, TRUE);
  *key = g_strjoinv (" ", words);
  *values = split_words (equals + 3, FALSE);
  return **key != '\0' && (*values)[0] != NULL;
}

static guint
word_count (const char *key)
{
  guint n = 1;

  for (const char *p = key; *p != '\0'; p++)
    n += *p == ' ';
  return n;
}

/* Marks the first word of KEY as one that may open a figure. */
static void
add_starter (QuantityLexicon *lexicon,
             const char      *key)
{
  gsize len = strcspn (key, " ");
  guint a = (guchar) key[0] - 'a';
  guint b = len == 1 ? 26 : (guint) ((guchar) key[1] - 'a');

  if (a >= 26 || b >= 27)
    {
      g_warning ("Quantity lexicons: “%s” cannot open a figure", key);
      return;
    }
  lexicon->starters[a][b] |= 1u << MIN (len, 31);
}

/* Records the leading word groups of a phrase of several words ("per" of
 * "per cent"), so that a forward look-up can stop after one word. */
static void
add_prefixes (QuantityLexicon *lexicon,
              const char      *key)
{
  for (const char *space = strchr (key, ' '); space != NULL; space = strchr (space + 1, ' '))
    g_hash_table_add (lexicon->prefixes, g_strndup (key, space - key));
}

/* The same for a backward look-up: "than" of "more than". */
static void
add_suffixes (QuantityLexicon *lexicon,
              const char      *key)
{
  for (const char *space = strchr (key, ' '); space != NULL; space = strchr (space + 1, ' '))
    g_hash_table_add (lexicon->suffixes, g_strdup (space + 1));
}

static gboolean
value_has (char * const *values,
           const char   *flag)
{
  return g_strv_contains ((const char * const *) values, flag);
}

typedef void (*EntryFunc) (QuantityLexicon *lexicon,
                           char            *key,
                           char           **values);

static void
load_lexicon (QuantityLexicon *lexicon,
              const char      *name,
              EntryFunc        func)
{
  const GPtrArray *lines = claimline_resources_get_lexicon (name);

  for (guint i = 0; i < lines->len; i++)
    {
      char *key = NULL;
      char **values = NULL;

      if (split_entry (name, g_ptr_array_index (lines, i), &key, &values))
        func (lexicon, key, values);
      else
        g_free (key);
      g_strfreev (values);
    }
}

static const struct { const char *name; QuantityNumberRole role; } number_roles[] = {
  { "unit", NUMBER_UNIT }, { "teen", NUMBER_TEEN }, { "tens", NUMBER_TENS },
  { "fraction", NUMBER_FRACTION }, { "article", NUMBER_ARTICLE }, { "sign", NUMBER_SIGN },
  { "point", NUMBER_POINT }, { "and", NUMBER_AND }, { "ordinal", NUMBER_ORDINAL },
  { "joined-ordinal", NUMBER_ORDINAL_JOINED }, { "determiner", NUMBER_DETERMINER },
};

static void
add_number (QuantityLexicon  *lexicon,
            char             *key,
            char            **values)
{
  QuantityNumberWord *word = g_new0 (QuantityNumberWord, 1);
  gboolean known = FALSE;

  word->value = g_ascii_strtod (values[0], NULL);
  for (guint i = 0; values[1] != NULL && i < G_N_ELEMENTS (number_roles); i++)
    if (g_str_equal (values[1], number_roles[i].name))
      {
        word->role = number_roles[i].role;
        known = TRUE;
      }
  if (!known)
    {
      g_warning ("Lexicon quantity-numbers: no role for “%s”", key);
      g_free (word);
      g_free (key);
      return;
    }
  if (word->role <= NUMBER_SIGN)
    add_starter (lexicon, key);
  g_hash_table_replace (lexicon->numbers, key, word);
}

static void
add_scale (QuantityLexicon  *lexicon,
           char             *key,
           char            **values)
{
  QuantityScale *scale = g_new0 (QuantityScale, 1);

  scale->multiplier = g_ascii_strtod (values[0], NULL);
  if (value_has (values, "glued"))
    scale->flags |= SCALE_GLUED;
  if (value_has (values, "money"))
    scale->flags |= SCALE_MONEY;
  g_hash_table_replace (lexicon->scales, key, scale);
}

static void
free_currency (gpointer data)
{
  QuantityCurrency *currency = data;

  g_free (currency->code);
  g_free (currency);
}

static void
add_currency (QuantityLexicon  *lexicon,
              char             *key,
              char            **values)
{
  QuantityCurrency *currency = g_new0 (QuantityCurrency, 1);

  currency->code = g_ascii_strup (values[0], -1);
  currency->factor = 1;
  for (guint i = 1; values[i] != NULL; i++)
    {
      if (g_str_equal (values[i], "symbol"))
        currency->flags |= CURRENCY_SYMBOL;
      else if (g_str_equal (values[i], "code"))
        currency->flags |= CURRENCY_CODE;
      else if (g_str_equal (values[i], "name"))
        currency->flags |= CURRENCY_NAME;
      else if (g_str_equal (values[i], "spaced"))
        currency->flags |= CURRENCY_SPACED;
      else if (g_ascii_isdigit (values[i][0]))
        currency->factor = g_ascii_strtod (values[i], NULL);
    }
  /* a code may open a figure: "USD 200" */
  if (currency->flags & CURRENCY_CODE)
    add_starter (lexicon, key);
  add_prefixes (lexicon, key);
  g_hash_table_replace (lexicon->currencies, key, currency);
}

static void
free_unit (gpointer data)
{
  QuantityUnit *unit = data;

  g_free (unit->unit);
  g_free (unit);
}

static void
add_unit (QuantityLexicon  *lexicon,
          char             *key,
          char            **values)
{
  static const char *kinds[] = { "count", "measure", "percent", "none", "modifier" };
  QuantityUnit *unit = g_new0 (QuantityUnit, 1);

  unit->kind = UNIT_COUNT;
  for (guint i = 0; values[1] != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (values[1], kinds[i]))
      unit->kind = i;
  unit->unit = g_strcmp0 (values[0], "-") == 0 ? NULL : g_strdup (values[0]);
  lexicon->max_unit_words = MAX (lexicon->max_unit_words, word_count (key));
  /* "per cent of 22": a percent word may open a figure */
  if (unit->kind == UNIT_PERCENT && g_ascii_isalpha (key[0]))
    add_starter (lexicon, key);
  add_prefixes (lexicon, key);
  g_hash_table_replace (lexicon->units, key, unit);
}

static void
add_qualifier_ender (QuantityLexicon *lexicon,
                     const char      *key)
{
  const char *space = strrchr (key, ' ');
  const char *word = space != NULL ? space + 1 : key;
  gsize len = strlen (word);
  guint last = len > 0 ? (guint) ((guchar) word[len - 1] - 'a') : 26;

  lexicon->qualifier_enders[MIN (last, 26)] |= 1u << MIN (len, 31);
}

static void
add_qualifier (QuantityLexicon  *lexicon,
               char             *key,
               char            **values)
{
  static const char *kinds[] = { "lower", "upper", "approx", "between", "from", "to" };
  QuantityQualifier *qualifier = g_new0 (QuantityQualifier, 1);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (values[0], kinds[i]))
      qualifier->kind = i;
  qualifier->after = value_has (values, "after");
  add_prefixes (lexicon, key);
  add_suffixes (lexicon, key);
  add_qualifier_ender (lexicon, key);
  lexicon->max_qualifier_words = MAX (lexicon->max_qualifier_words, word_count (key));
  g_hash_table_replace (lexicon->qualifiers, key, qualifier);
}

static void
add_direction (QuantityLexicon  *lexicon,
               char             *key,
               char            **values)
{
  int direction = values[0][0] == '-' ? -1 : +1;

  g_hash_table_replace (lexicon->directions, key, GINT_TO_POINTER (direction));
}

/* months.txt belongs to the import pipeline: "name number" per line. */
static void
load_months (QuantityLexicon *lexicon)
{
  const GPtrArray *lines = claimline_resources_get_lexicon ("months");

  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      const char *space = strchr (line, ' ');

      g_hash_table_add (lexicon->months,
                        space ? g_strndup (line, space - line) : g_strdup (line));
    }
}

/* The first byte and length of every key of TABLE, for
 * quantity_keys_may_hold(). */
static void
fill_keys (GHashTable *table,
           guint32    *keys)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gsize len = strlen (key);

      keys[*(guchar *) key] |= 1u << MIN (len, 31);
    }
}

static gpointer
build_lexicon (gpointer data)
{
  QuantityLexicon *lexicon = g_new0 (QuantityLexicon, 1);

  lexicon->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lexicon->scales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lexicon->currencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_currency);
  lexicon->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_unit);
  lexicon->qualifiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lexicon->directions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lexicon->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lexicon->prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lexicon->suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  load_lexicon (lexicon, "quantity-numbers", add_number);
  load_lexicon (lexicon, "quantity-scales", add_scale);
  load_lexicon (lexicon, "quantity-currencies", add_currency);
  load_lexicon (lexicon, "quantity-units", add_unit);
  load_lexicon (lexicon, "quantity-qualifiers", add_qualifier);
  load_lexicon (lexicon, "quantity-directions", add_direction);
  load_months (lexicon);

  fill_keys (lexicon->numbers, lexicon->number_keys);
  fill_keys (lexicon->scales, lexicon->scale_keys);
  fill_keys (lexicon->currencies, lexicon->currency_keys);
  fill_keys (lexicon->units, lexicon->unit_keys);
  fill_keys (lexicon->qualifiers, lexicon->qualifier_keys);
  fill_keys (lexicon->prefixes, lexicon->prefix_keys);
  fill_keys (lexicon->suffixes, lexicon->suffix_keys);
  for (guint b = 1; b < G_N_ELEMENTS (lexicon->ascii_currencies); b++)
    {
      char key[2] = { (char) b, '\0' };

      lexicon->ascii_currencies[b] = g_hash_table_lookup (lexicon->currencies, key);
    }
  return lexicon;
}

/* Built on first use, shared by every thread, kept for the whole process
 * like the lexicon cache it reads from. */
const QuantityLexicon *
claimline_quantity_lexicon_get (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, build_lexicon, NULL);
}
