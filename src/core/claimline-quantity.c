/* claimline-quantity.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-quantity.h"
#include "claimline-quantity-private.h"

/* The quantity recogniser.  One pass over the text stops only where a
 * figure can begin (a digit, a currency sign, a word such as "ten", "a" or
 * "USD"); there it reads a figure (currency, numeral, scale, unit), joins a
 * second one into a range, and looks back for a qualifier ("more than") and
 * a direction ("rose").  Rules then drop what only looks like a figure:
 * years, dates, model names, list numbers, "one" as a pronoun. */

void
claimline_quantity_free (ClaimlineQuantity *quantity)
{
  /* its unit is in the same block */
  g_free (quantity);
}

/* A quantity and its UNIT (may be NULL) in one allocation. */
static ClaimlineQuantity *
quantity_new (const char *unit)
{
  gsize unit_size = unit != NULL ? strlen (unit) + 1 : 0;
  ClaimlineQuantity *quantity = g_malloc0 (sizeof *quantity + unit_size);

  if (unit != NULL)
    quantity->unit = memcpy (quantity + 1, unit, unit_size);
  return quantity;
}

/* Joins B into A as the high end of a range, lending scale, currency and
 * unit across ("$10–12 billion", "10 to 12 percent"). */
static gboolean
merge_range (QuantityFigure *a,
             QuantityFigure *b)
{
  if (a->currency != NULL && b->currency != NULL
      && g_strcmp0 (a->currency->code, b->currency->code) != 0)
    return FALSE;
  if ((a->currency != NULL && b->unit != NULL) || (a->unit != NULL && b->currency != NULL))
    return FALSE;
  if (a->unit != NULL && (b->unit == NULL || g_strcmp0 (a->unit->unit, b->unit->unit) != 0))
    return FALSE;

  if (!(a->numeral.flags & NUMERAL_SCALED) && (b->numeral.flags & NUMERAL_SCALED)
      && b->numeral.scale > 1 && a->numeral.value < b->numeral.bare)
    {
      a->numeral.value *= b->numeral.scale;
      a->numeral.flags |= NUMERAL_SCALED;
    }
  if (a->currency == NULL)
    a->currency = b->currency;
  if (b->currency == NULL)
    b->currency = a->currency;
  if (a->unit == NULL)
    a->unit = b->unit;
  return quantity_figure_value (a) < quantity_figure_value (b);
}

/* The second end of a range after A: "-12", "– $12 billion", "to 12
 * percent", "and $12 billion" (after "between"). */
static gboolean
parse_range_end (const QuantityScanner *scanner,
                 const QuantityFigure  *a,
                 QuantityQualifierKind  opening,
                 gboolean               has_opening,
                 QuantityFigure        *b,
                 gboolean              *dashed)
{
  gsize p = quantity_skip_spaces (scanner, a->end);
  const guchar *at = (const guchar *) scanner->text + p;
  gsize left = scanner->length - p;
  QuantityWord word;

  if ((left >= 1 && at[0] == '-') || (left >= 3 && at[0] == 0xE2 && at[1] == 0x80 && at[2] == 0x93))
    {
      /* a dash joins written figures only: "10-12", "$10–$12", not "one-two" */
      gsize next = quantity_skip_spaces (scanner, p + (at[0] == '-' ? 1 : 3));

      if (!(a->numeral.flags & NUMERAL_DIGITS)
          || g_ascii_isalpha (quantity_byte_at (scanner, next)))
        return FALSE;
      p = next;
      *dashed = TRUE;
    }
  else if (quantity_read_word (scanner, p, &word))
    {
      const QuantityQualifier *joiner = quantity_table_lookup (scanner->lexicon->qualifiers,
                                                               scanner->lexicon->qualifier_keys,
                                                               word.lower, word.len);
      gboolean joins;

      /* "between … and …"; "… to …", except after "from" */
      if (has_opening && opening == QUALIFIER_BETWEEN)
        joins = quantity_word_is (&word, "and");
      else
        joins = joiner != NULL && joiner->kind == QUALIFIER_TO
                && !(has_opening && opening == QUALIFIER_FROM);
      if (!joins)
        return FALSE;
      p = word.end;
    }
  else
    return FALSE;

  p = quantity_skip_spaces (scanner, p);
  return quantity_parse_figure (scanner, p, TRUE, b) && !quantity_is_not_a_figure (scanner, b);
}

/* Whether parse_range_end() could read anything after a figure ending at
 * POS: a dash, or a word ("to", "and"). */
static gboolean
may_start_range_end (const QuantityScanner *scanner,
                     gsize                  pos)
{
  guchar c = quantity_byte_at (scanner, quantity_skip_spaces (scanner, pos));

  return c == '-' || c >= 0x80 || g_ascii_isalpha (c);
}

/* "percent of 10", "per cent of twenty-two" */
static gboolean
parse_percent_of (const QuantityScanner *scanner,
                  gsize                  pos,
                  QuantityFigure        *figure)
{
  QuantityWord word;
  gsize end;
  const QuantityUnit *unit = quantity_match_phrase (scanner, scanner->lexicon->units,
                                                    scanner->lexicon->max_unit_words, pos, &end);

  memset (figure, 0, sizeof *figure);
  if (unit == NULL || unit->kind != UNIT_PERCENT || g_strcmp0 (unit->unit, "%") != 0)
    return FALSE;
  if (!quantity_next_word (scanner, end, FALSE, &word) || !quantity_word_is (&word, "of"))
    return FALSE;
  end = quantity_skip_spaces (scanner, word.end);
  if (!quantity_parse_numeral (scanner, end, FALSE, &figure->numeral)
      || g_ascii_isalnum (quantity_byte_at (scanner, figure->numeral.end)))
    return FALSE;
  figure->start = pos;
  figure->end = figure->numeral.end;
  figure->unit = unit;
  return TRUE;
}

/* The change a figure reports: "rose 7%", "fell by 2%", "down 3%". */
static int
direction_before (const QuantityScanner *scanner,
                  gsize                  pos)
{
  QuantityWord word;

  if (!quantity_read_word_before (scanner, quantity_skip_spaces_back (scanner, pos), &word))
    return 0;
  pos = quantity_skip_spaces_back (scanner, word.start);
  if (quantity_word_is (&word, "by") && !quantity_read_word_before (scanner, pos, &word))
    return 0;
  return GPOINTER_TO_INT (g_hash_table_lookup (scanner->lexicon->directions, word.lower));
}

static ClaimlineQuantityKind
figure_kind (const QuantityFigure *figure)
{
  if (figure->currency != NULL)
    return CLAIMLINE_QUANTITY_MONEY;
  if (figure->unit != NULL && figure->unit->kind == UNIT_PERCENT)
    return CLAIMLINE_QUANTITY_PERCENT;
  if (figure->unit != NULL && figure->unit->kind == UNIT_MEASURE)
    return CLAIMLINE_QUANTITY_MEASURE;
  return CLAIMLINE_QUANTITY_COUNT;
}

static void
apply_qualifier (ClaimlineQuantity     *quantity,
                 QuantityQualifierKind  kind)
{
  switch (kind)
    {
    case QUALIFIER_LOWER:
      quantity->has_high = FALSE;
      break;
    case QUALIFIER_UPPER:
      quantity->has_low = FALSE;
      break;
    case QUALIFIER_APPROX:
      quantity->approx = TRUE;
      break;
    default:
      break;
    }
}

static ClaimlineQuantity *
build_quantity (const QuantityScanner   *scanner,
                const QuantityFigure    *a,
                const QuantityFigure    *b,
                const QuantityQualifier *before,
                gsize                    before_start)
{
  ClaimlineQuantity *quantity = quantity_new (a->currency != NULL ? a->currency->code
                                              : a->unit != NULL ? a->unit->unit : NULL);
  const QuantityQualifier *after;
  gsize word = quantity_word_start_after (scanner, b->end, TRUE); /* "$10 billion-plus" */
  gsize after_end = 0;

  quantity->kind = figure_kind (a);
  quantity->low = quantity_figure_value (a);
  quantity->high = quantity_figure_value (b);
  quantity->has_low = quantity->has_high = TRUE;
  quantity->value_start = a->start;
  quantity->value_end = b->end;
  quantity->number_start = a->numeral.start;
  quantity->number_end = b->numeral.end;
  quantity->start = before != NULL ? before_start : a->start;
  quantity->end = b->end;
  quantity->direction = direction_before (scanner, quantity->start);

  if (before != NULL)
    apply_qualifier (quantity, before->kind);
  after = word == G_MAXSIZE ? NULL
          : quantity_match_phrase (scanner, scanner->lexicon->qualifiers,
                                   scanner->lexicon->max_qualifier_words, word, &after_end);
  if (after != NULL && after->after)
    {
      apply_qualifier (quantity, after->kind);
      quantity->end = after_end;
    }
  if (!quantity->has_low)
    quantity->low = 0;
  if (!quantity->has_high)
    quantity->high = 0;
  return quantity;
}

/* A whole expression at POS, or NULL. */
static ClaimlineQuantity *
recognise_at (const QuantityScanner *scanner,
              gsize                  pos,
              gboolean               percent_of)
{
  const QuantityQualifier *before;
  QuantityFigure a, b, saved;
  gboolean range, has_end, dashed = FALSE;
  gsize before_start = 0;

  if (percent_of ? !parse_percent_of (scanner, pos, &a)
                 : !quantity_parse_figure (scanner, pos, FALSE, &a))
    return NULL;
  saved = a;
  /* "in 2024, …": a year with nothing after it that could end a range is
   * dropped now, without reading the words around it */
  if (!may_start_range_end (scanner, a.end) && quantity_is_not_a_figure (scanner, &a))
    return NULL;

  before = quantity_match_phrase_before (scanner, scanner->lexicon->qualifiers,
                                         scanner->lexicon->max_qualifier_words,
                                         a.start, &before_start);
  if (before != NULL && before->after)
    before = NULL;

  has_end = parse_range_end (scanner, &a, before ? before->kind : 0, before != NULL, &b, &dashed);
  range = has_end && merge_range (&a, &b);
  if (!range)
    {
      /* merge_range may have lent A a scale or a unit */
      a = saved;
      /* "won 3-1", "a 50-50 split": scores and shares, not a figure */
      if (has_end && dashed && a.currency == NULL && a.unit == NULL
          && b.currency == NULL && b.unit == NULL)
        return NULL;
      b = a;
    }
  if (quantity_is_not_a_figure (scanner, &a))
    return NULL;

  /* "between" and "from" count only with their range */
  if (before != NULL && (before->kind == QUALIFIER_TO || before->kind == QUALIFIER_FROM
                         || (before->kind == QUALIFIER_BETWEEN && !range)))
    before = NULL;
  return build_quantity (scanner, &a, &b, before, before_start);
}

/* Steps over a token that cannot hold a figure: "H100", "2020-21",
 * "06/09/2025", "9:30". */
static gsize
skip_token (const QuantityScanner *scanner,
            gsize                  p)
{
  do
    p++;
  while (g_ascii_isalnum (quantity_byte_at (scanner, p))
         || (quantity_byte_at (scanner, p) != '\0'
             && strchr (".,:/-_", quantity_byte_at (scanner, p)) != NULL
             && g_ascii_isalnum (quantity_byte_at (scanner, p + 1))));
  return p;
}

/* Steps over a URL, whose digits are no figures. */
static gsize
skip_url (const QuantityScanner *scanner,
          gsize                  p)
{
  while (p < scanner->length && !g_ascii_isspace (quantity_byte_at (scanner, p)))
    p++;
  return p;
}

static gboolean
is_url_start (const QuantityScanner *scanner,
              const QuantityWord    *word)
{
  const char *after = scanner->text + word->end;
  gsize left = scanner->length - word->end;

  if (left == 0 || (after[0] != ':' && after[0] != '.'))
    return FALSE;
  return (left >= 3 && memcmp (after, "://", 3) == 0)
         || (after[0] == '.' && quantity_word_is (word, "www"));
}

/* "a" and "an" are numbers only before a scale or a fraction ("a dozen",
 * "a quarter million"); most are articles, answered here cheaply. */
static gboolean
may_count_after_article (const QuantityScanner *scanner,
                         const QuantityWord    *article)
{
  const QuantityNumberWord *number;
  QuantityWord next;

  if (!quantity_next_word (scanner, article->end, FALSE, &next))
    return FALSE;
  if (quantity_table_lookup (scanner->lexicon->scales, scanner->lexicon->scale_keys,
                             next.lower, next.len) != NULL)
    return TRUE;
  number = quantity_number_word (scanner, &next);
  return number != NULL && number->role == NUMBER_FRACTION;
}

/* A word in the text: a figure may start here ("ten", "a dozen", "USD
 * 200", "percent of 10").  Returns where the scan goes on. */
static gsize
scan_word (QuantityScanner *scanner,
           gsize            p,
           GPtrArray       *found)
{
  const QuantityLexicon *lexicon = scanner->lexicon;
  const guchar *text = (const guchar *) scanner->text;
  ClaimlineQuantity *quantity = NULL;
  const QuantityNumberWord *number;
  QuantityWord word;
  gsize q = p;

  /* most words open nothing: judge them by their first letters and length */
  while (q < scanner->length && g_ascii_isalpha (text[q]))
    q++;
  if (!quantity_lexicon_may_start (lexicon, text[p], q - p > 1 ? text[p + 1] : 0, q - p)
      && (q == scanner->length
          || (text[q] != ':' && text[q] != '.' && text[q] != '\'' && text[q] < 0x80)))
    return q;

  if (!quantity_read_word (scanner, p, &word))
    return MAX (word.end, p + 1);
  if (is_url_start (scanner, &word))
    return skip_url (scanner, p);
  if (word.len < 2 ? !quantity_lexicon_may_start (lexicon, word.lower[0], 0, word.len)
                   : !quantity_lexicon_may_start (lexicon, word.lower[0], word.lower[1], word.len))
    return word.end;

  number = quantity_number_word (scanner, &word);
  if (number != NULL && number->role <= NUMBER_SIGN)
    {
      if (number->role == NUMBER_ARTICLE && !may_count_after_article (scanner, &word))
        return word.end;
      quantity = recognise_at (scanner, p, FALSE);
    }
  else if (quantity_table_lookup (lexicon->currencies, lexicon->currency_keys, word.lower,
                                  word.len) != NULL)
    quantity = recognise_at (scanner, p, FALSE);
  else
    quantity = recognise_at (scanner, p, TRUE); /* "percent of 10" */

  if (quantity == NULL)
    return word.end;
  g_ptr_array_add (found, quantity);
  scanner->floor = quantity->end;
  return quantity->end;
}

static gsize
next_char (const QuantityScanner *scanner,
           gsize                  p)
{
  p++;
  while (p < scanner->length && (quantity_byte_at (scanner, p) & 0xC0) == 0x80)
    p++;
  return p;
}

/* A word with letters beyond ASCII ("Über", "東京"): none of ours. */
static gsize
skip_foreign_word (const QuantityScanner *scanner,
                   gsize                  p)
{
  do
    p = next_char (scanner, p);
  while (p < scanner->length
         && (g_ascii_isalnum (quantity_byte_at (scanner, p)) || quantity_is_alpha (scanner, p)));
  return p;
}

/* "-9.5", ".25", "-.5" standing alone, not "GPT-5" or "v.2". */
static gboolean
is_sign_of_number (const QuantityScanner *scanner,
                   gsize                  p)
{
  gsize q = p + 1;

  if (quantity_byte_at (scanner, p) == '-' && quantity_byte_at (scanner, q) == '.')
    q++;
  return g_ascii_isdigit (quantity_byte_at (scanner, q)) && !quantity_is_alnum_before (scanner, p);
}

/* A digit, a sign or a currency symbol: a figure may start here. */
static gsize
scan_figure (QuantityScanner *scanner,
             gsize            p,
             GPtrArray       *found)
{
  ClaimlineQuantity *quantity = recognise_at (scanner, p, FALSE);

  if (quantity == NULL)
    return g_ascii_isdigit (quantity_byte_at (scanner, p)) ? skip_token (scanner, p)
                                                            : next_char (scanner, p);
  g_ptr_array_add (found, quantity);
  scanner->floor = quantity->end;
  return quantity->end;
}

/* ASCII bytes where no figure starts (blanks, most punctuation): 1, else
 * 0.  In a table, as the scan asks about every byte between words. */
static const guint8 *
quiet_bytes (void)
{
  static guint8 quiet[256];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint b = 0; b < 0x80; b++)
        quiet[b] = !g_ascii_isalnum (b) && b != '-' && b != '.' && b != '$';
      g_once_init_leave (&ready, 1);
    }
  return quiet;
}

GPtrArray *
claimline_quantity_find (const char *text,
                         gssize      length)
{
  const guint8 *quiet = quiet_bytes ();
  QuantityScanner scanner = { 0, };
  GPtrArray *found;
  gsize p = 0;

  g_return_val_if_fail (text != NULL || length == 0,
                        g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_quantity_free));

  scanner.text = text;
  scanner.length = length < 0 ? strlen (text) : (gsize) length;
  scanner.lexicon = claimline_quantity_lexicon_get ();
  /* room for as many as the densest texts hold (one every 100 bytes or
   * so), that the array seldom grows */
  found = g_ptr_array_new_full (scanner.length / 96 + 1,
                                (GDestroyNotify) claimline_quantity_free);

  while (p < scanner.length)
    {
      guchar c = (guchar) text[p];
      gsize end;

      if (quiet[c])
        p++;
      else if (g_ascii_isdigit (c))
        p = scan_figure (&scanner, p, found);
      else if (g_ascii_isalpha (c))
        p = scan_word (&scanner, p, found);
      else if ((c == '-' || c == '.') && is_sign_of_number (&scanner, p))
        p = scan_figure (&scanner, p, found);
      else if ((c == '$' || c >= 0x80) && quantity_match_symbol (&scanner, p, &end) != NULL)
        p = scan_figure (&scanner, p, found);
      else if (c >= 0x80 && quantity_is_alpha (&scanner, p))
        p = skip_foreign_word (&scanner, p);
      else if (c >= 0x80)
        p = next_char (&scanner, p);
      else
        p++;
    }
  return found;
}
