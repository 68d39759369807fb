/* claimline-quantity-figure.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-quantity-private.h"

/* One figure: a numeral with what surrounds it (a currency, a scale, a
 * unit), and the rules that tell a figure from a year, a date, a name or a
 * list number. */

double
quantity_figure_value (const QuantityFigure *figure)
{
  double factor = figure->currency != NULL ? figure->currency->factor : 1;

  return figure->numeral.value * factor + figure->minor;
}

static gboolean
is_plain_integer (const QuantityNumeral *numeral)
{
  return (numeral->flags & NUMERAL_DIGITS)
         && !(numeral->flags & (NUMERAL_GROUPED | NUMERAL_DECIMAL | NUMERAL_SCALED))
         && numeral->value >= 0;
}

/* The position of the next word after P, across blanks and (when
 * ALLOW_HYPHEN) one hyphen: "2-gigawatt", "27 percent". */
gsize
quantity_word_start_after (const QuantityScanner *scanner,
                           gsize                  p,
                           gboolean               allow_hyphen)
{
  gsize q = quantity_skip_spaces (scanner, p);

  if (allow_hyphen && quantity_byte_at (scanner, q) == '-')
    q = quantity_skip_spaces (scanner, q + 1);
  return g_ascii_isalpha (quantity_byte_at (scanner, q)) ? q : G_MAXSIZE;
}

/* "US$", "C$" (and "C $" where the lexicon allows it) before the '$' at
 * POS.  Moves *START to the letters. */
static const QuantityCurrency *
match_dollar_prefix (const QuantityScanner *scanner,
                     gsize                  pos,
                     gsize                 *start)
{
  const QuantityCurrency *currency;
  char key[QUANTITY_MAX_KEY + 2];
  gboolean spaced = pos > 0 && quantity_byte_at (scanner, pos - 1) == ' ';
  gsize end = spaced ? pos - 1 : pos;
  gsize begin = end;

  while (begin > scanner->floor && end - begin < QUANTITY_MAX_KEY
         && (g_ascii_isalpha (quantity_byte_at (scanner, begin - 1))
             || quantity_byte_at (scanner, begin - 1) == '.'))
    begin--;
  if (begin == end || !g_ascii_isalpha (quantity_byte_at (scanner, begin))
      || quantity_is_alnum_before (scanner, begin))
    return NULL;

  for (gsize i = begin; i < end; i++)
    key[i - begin] = g_ascii_tolower (quantity_byte_at (scanner, i));
  key[end - begin] = '$';
  key[end - begin + 1] = '\0';
  currency = quantity_table_lookup (scanner->lexicon->currencies, scanner->lexicon->currency_keys,
                                    key, end - begin + 1);
  if (currency == NULL || !(currency->flags & CURRENCY_SYMBOL)
      || (spaced && !(currency->flags & CURRENCY_SPACED)))
    return NULL;
  *start = begin;
  return currency;
}

/* A currency before the numeral: "$", "€", "US$", "USD ", "USD115".
 * Returns where the numeral should begin, or G_MAXSIZE. */
static gsize
parse_currency_prefix (const QuantityScanner *scanner,
                       gsize                  pos,
                       QuantityFigure        *figure)
{
  const QuantityCurrency *currency;
  gsize end;

  if (g_ascii_isalpha (quantity_byte_at (scanner, pos)))
    {
      QuantityWord word;

      if (!quantity_read_word (scanner, pos, &word))
        return G_MAXSIZE;
      currency = quantity_table_lookup (scanner->lexicon->currencies,
                                        scanner->lexicon->currency_keys, word.lower, word.len);
      if (currency == NULL || !(currency->flags & CURRENCY_CODE))
        return G_MAXSIZE;
      /* "Rs. 500" */
      end = word.end + (quantity_byte_at (scanner, word.end) == '.');
    }
  else
    {
      currency = quantity_match_symbol (scanner, pos, &end);
      if (currency == NULL)
        return G_MAXSIZE;
      if (quantity_byte_at (scanner, pos) == '$')
        {
          const QuantityCurrency *prefixed = match_dollar_prefix (scanner, pos, &pos);

          if (prefixed != NULL)
            currency = prefixed;
        }
    }

  figure->start = pos;
  figure->currency = currency;
  return quantity_skip_spaces (scanner, end);
}

/* A currency after the numeral: "5 €", "100元", "20 usd", "5 dollars",
 * "12-cent".  Symbols are taken only when no number follows them, where
 * they would open the next figure ("$ 20,000.00 $ 37,305.97"). */
static const QuantityCurrency *
match_currency_after (const QuantityScanner *scanner,
                      gsize                  p,
                      gsize                 *end)
{
  const QuantityCurrency *currency;
  gsize q = quantity_skip_spaces (scanner, p);
  gsize word;

  if (!g_ascii_isalnum (quantity_byte_at (scanner, q))
      && (currency = quantity_match_symbol (scanner, q, end)) != NULL)
    {
      gsize next = quantity_skip_spaces (scanner, *end);

      return g_ascii_isdigit (quantity_byte_at (scanner, next)) ? NULL : currency;
    }

  word = g_ascii_isalpha (quantity_byte_at (scanner, p)) ? p
         : quantity_word_start_after (scanner, p, TRUE);
  if (word == G_MAXSIZE)
    return NULL;
  currency = quantity_match_phrase (scanner, scanner->lexicon->currencies, 3, word, end);
  if (currency == NULL || !(currency->flags & (CURRENCY_CODE | CURRENCY_NAME)))
    return NULL;
  return currency;
}

/* Whether a unit or a currency follows P: the number before it counts
 * that, so it is no amount of cents. */
static gboolean
counts_something (const QuantityScanner *scanner,
                  gsize                  p)
{
  gsize word = quantity_word_start_after (scanner, p, FALSE);
  const QuantityUnit *unit;
  gsize end;

  if (word == G_MAXSIZE)
    return FALSE;
  unit = quantity_match_phrase (scanner, scanner->lexicon->units, 2, word, &end);
  return (unit != NULL && unit->kind != UNIT_MODIFIER)
         || quantity_match_phrase (scanner, scanner->lexicon->currencies, 2, word, &end) != NULL;
}

/* "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15
 * dollars 50": cents after the main unit. */
static void
parse_minor_tail (const QuantityScanner *scanner,
                  QuantityFigure        *figure)
{
  QuantityNumeral cents;
  QuantityWord word;
  const QuantityCurrency *minor = NULL;
  gsize p = quantity_skip_spaces (scanner, figure->end);
  gsize end;

  if (p == figure->end || figure->currency->factor != 1)
    return;
  if (quantity_next_word (scanner, figure->end, FALSE, &word) && quantity_word_is (&word, "and"))
    p = quantity_skip_spaces (scanner, word.end);
  if (!quantity_parse_numeral (scanner, p, FALSE, &cents) || cents.value < 0 || cents.value >= 100
      || cents.value != (double) (gint64) cents.value
      || (cents.flags & (NUMERAL_SCALED | NUMERAL_GROUPED))
      || g_ascii_isalnum (quantity_byte_at (scanner, cents.end)))
    return;

  end = cents.end;
  minor = match_currency_after (scanner, cents.end, &end);
  if (minor != NULL
      && (minor->factor != 0.01 || g_strcmp0 (minor->code, figure->currency->code) != 0))
    return;
  /* "5 dollars and 20 people" is two figures */
  if (minor == NULL && counts_something (scanner, cents.end))
    return;
  figure->minor = cents.value / 100;
  figure->end = minor != NULL ? end : cents.end;
}

/* A token that may sit between a number and its unit because it names
 * something: "Nvidia", "H100", "A100s". */
static gsize
skip_name_token (const QuantityScanner *scanner,
                 gsize                  p)
{
  gboolean upper = g_ascii_isupper (quantity_byte_at (scanner, p));
  gboolean digit = FALSE;
  gsize q = p;

  while (g_ascii_isalnum (quantity_byte_at (scanner, q))
         || (quantity_byte_at (scanner, q) == '-'
             && g_ascii_isalnum (quantity_byte_at (scanner, q + 1))))
    {
      digit |= g_ascii_isdigit (quantity_byte_at (scanner, q));
      upper |= g_ascii_isupper (quantity_byte_at (scanner, q)) && q > p;
      q++;
    }
  return (upper || digit) && !quantity_is_alpha (scanner, q) ? q : G_MAXSIZE;
}

/* The counted unit a few words on: "one billion monthly users",
 * "350,000 Nvidia H100 chips". */
static const QuantityUnit *
match_unit_later (const QuantityScanner *scanner,
                  gsize                  p,
                  gsize                 *end)
{
  for (guint hops = 0; hops < 3; hops++)
    {
      const QuantityUnit *unit;
      gsize word = quantity_word_start_after (scanner, p, FALSE);
      gsize next;

      if (word == G_MAXSIZE)
        return NULL;
      unit = quantity_match_phrase (scanner, scanner->lexicon->units,
                                    scanner->lexicon->max_unit_words, word, &next);
      if (unit != NULL && (unit->kind == UNIT_COUNT || unit->kind == UNIT_MEASURE))
        {
          *end = next;
          return unit;
        }
      if (unit != NULL && unit->kind == UNIT_MODIFIER)
        p = next;
      else if ((next = skip_name_token (scanner, word)) != G_MAXSIZE)
        p = next;
      else
        return NULL;
    }
  return NULL;
}

static gboolean
is_year_like (const QuantityNumeral *numeral)
{
  return is_plain_integer (numeral) && numeral->n_digits == 4
         && numeral->value >= 1800 && numeral->value <= 2100;
}

/* Percent, currency or unit after a numeral that had no currency before. */
static gboolean
parse_suffix (const QuantityScanner *scanner,
              QuantityFigure        *figure)
{
  const QuantityLexicon *lexicon = scanner->lexicon;
  gsize p = figure->numeral.end;
  gboolean glued = g_ascii_isalpha (quantity_byte_at (scanner, p));
  gsize q = quantity_skip_spaces (scanner, p);
  gsize currency_end = 0, unit_end = 0;
  const QuantityCurrency *currency;
  const QuantityUnit *unit = NULL;
  gsize word;

  if (quantity_byte_at (scanner, q) == '%')
    {
      figure->unit = g_hash_table_lookup (lexicon->units, "%");
      figure->end = q + 1;
      return figure->unit != NULL;
    }

  currency = match_currency_after (scanner, p, &currency_end);
  word = glued ? p : quantity_word_start_after (scanner, p, TRUE);
  if (word != G_MAXSIZE)
    unit = quantity_match_phrase (scanner, lexicon->units, lexicon->max_unit_words,
                                  word, &unit_end);

  if (currency != NULL && (unit == NULL || currency_end >= unit_end))
    {
      figure->currency = currency;
      figure->end = currency_end;
      /* "75 USD million" */
      if ((currency->flags & CURRENCY_CODE) && !(figure->numeral.flags & NUMERAL_SCALED))
        {
          QuantityNumeral scaled = figure->numeral;

          scaled.end = currency_end;
          if (quantity_parse_scale (scanner, TRUE, &scaled))
            {
              figure->numeral.value = scaled.value;
              figure->numeral.flags |= NUMERAL_SCALED;
              figure->end = scaled.end;
            }
        }
      parse_minor_tail (scanner, figure);
      return TRUE;
    }

  if (unit != NULL && unit->kind == UNIT_NONE)
    {
      figure->time = TRUE;
      return TRUE;
    }
  if (unit != NULL && unit->kind != UNIT_MODIFIER)
    {
      figure->unit = unit;
      figure->end = unit_end;
      return TRUE;
    }

  /* "5G", "3rd", "1e10": digits glued to letters that are no unit */
  if (glued)
    return FALSE;

  if (!is_year_like (&figure->numeral)
      && (unit = match_unit_later (scanner, figure->numeral.end, &unit_end)) != NULL)
    {
      figure->unit = unit;
      figure->end = unit_end;
    }
  return TRUE;
}

/* Reads one end of an expression at POS.  IN_RANGE: the second end, which
 * may follow a hyphen ("10-12"). */
gboolean
quantity_parse_figure (const QuantityScanner *scanner,
                       gsize                  pos,
                       gboolean               in_range,
                       QuantityFigure        *figure)
{
  gsize numeral_pos;

  memset (figure, 0, sizeof *figure);
  figure->start = pos;
  numeral_pos = parse_currency_prefix (scanner, pos, figure);
  if (numeral_pos == G_MAXSIZE)
    numeral_pos = pos;

  if (!quantity_parse_numeral (scanner, numeral_pos, figure->currency != NULL, &figure->numeral))
    return FALSE;
  figure->end = figure->numeral.end;

  if (figure->currency == NULL && !in_range)
    {
      gsize s = figure->numeral.start;

      /* "H100", "Q3", "GPT-5", "COVID-19", "#1" */
      if (quantity_is_alnum_before (scanner, s)
          || (s > 0 && quantity_byte_at (scanner, s - 1) == '#')
          || ((figure->numeral.flags & NUMERAL_DIGITS) && s >= 2
              && quantity_byte_at (scanner, s - 1) == '-'
              && quantity_is_alnum_before (scanner, s - 1)))
        return FALSE;
    }

  if (figure->currency != NULL)
    {
      /* "$5x" or "$5G": the figure must end at a word boundary */
      return !quantity_is_alpha (scanner, figure->end);
    }
  return parse_suffix (scanner, figure);
}

/* The month word right before POS ("June 8", "Sept. 30"). */
static gboolean
month_before (const QuantityScanner *scanner,
              gsize                  pos)
{
  QuantityWord word;
  gsize p = quantity_skip_spaces_back (scanner, pos);

  if (p > scanner->floor && quantity_byte_at (scanner, p - 1) == '.')
    p = quantity_skip_spaces_back (scanner, p - 1);
  return quantity_read_word_before (scanner, p, &word)
         && g_hash_table_contains (scanner->lexicon->months, word.lower);
}

static gboolean
month_after (const QuantityScanner *scanner,
             gsize                  pos)
{
  QuantityWord word;

  if (quantity_next_word (scanner, pos, FALSE, &word) && quantity_word_is (&word, "of"))
    pos = word.end;
  return quantity_next_word (scanner, pos, FALSE, &word)
         && g_hash_table_contains (scanner->lexicon->months, word.lower);
}

/* "1." or "2)" opening a line, or "(3)". */
static gboolean
is_list_number (const QuantityScanner *scanner,
                const QuantityNumeral *numeral)
{
  gsize p = numeral->start;
  guchar after = quantity_byte_at (scanner, numeral->end);

  if (numeral->n_digits > 3)
    return FALSE;
  if (p > 0 && quantity_byte_at (scanner, p - 1) == '(' && after == ')')
    return TRUE;
  while (p > 0 && g_ascii_isspace (quantity_byte_at (scanner, p - 1))
         && quantity_byte_at (scanner, p - 1) != '\n')
    p--;
  return (p == 0 || quantity_byte_at (scanner, p - 1) == '\n') && (after == '.' || after == ')')
         && g_ascii_isspace (quantity_byte_at (scanner, numeral->end + 1));
}

static gboolean
is_known_word (const QuantityScanner *scanner,
               const QuantityWord    *word)
{
  const QuantityLexicon *lexicon = scanner->lexicon;

  return g_hash_table_contains (lexicon->qualifiers, word->lower)
         || g_hash_table_contains (lexicon->directions, word->lower)
         || g_hash_table_contains (lexicon->numbers, word->lower)
         || g_hash_table_contains (lexicon->currencies, word->lower);
}

/* "Llama 3", "Windows 11", "Fortune 500", "Formula One": a number right
 * after a capitalised word in mid-sentence is part of a name. */
static gboolean
is_name_number (const QuantityScanner *scanner,
                const QuantityNumeral *numeral)
{
  QuantityWord word;

  if (numeral->flags & (NUMERAL_GROUPED | NUMERAL_SCALED))
    return FALSE;
  if (!(numeral->flags & NUMERAL_DIGITS))
    return (numeral->flags & NUMERAL_CAPITALISED)
           && !quantity_is_sentence_start (scanner, numeral->start);
  if (numeral->start == 0 || quantity_byte_at (scanner, numeral->start - 1) != ' '
      || !quantity_read_word_before (scanner, numeral->start - 1, &word))
    return FALSE;
  return word.capitalised && !quantity_is_sentence_start (scanner, word.start)
         && !is_known_word (scanner, &word);
}

/* "the one you mentioned", "one of the largest". */
static gboolean
is_pronoun_one (const QuantityScanner *scanner,
                const QuantityNumeral *numeral)
{
  QuantityWord word;
  const QuantityNumberWord *number;
  gsize before;

  if (!(numeral->flags & NUMERAL_BARE_ONE))
    return FALSE;
  if (quantity_next_word (scanner, numeral->end, FALSE, &word) && quantity_word_is (&word, "of"))
    return TRUE;
  before = quantity_skip_spaces_back (scanner, numeral->start);
  return quantity_read_word_before (scanner, before, &word)
         && (number = g_hash_table_lookup (scanner->lexicon->numbers, word.lower)) != NULL
         && number->role == NUMBER_DETERMINER;
}

/* Whether FIGURE only looks like a figure. */
gboolean
quantity_is_not_a_figure (const QuantityScanner *scanner,
                          const QuantityFigure  *figure)
{
  const QuantityNumeral *numeral = &figure->numeral;
  gboolean bare = figure->currency == NULL && figure->unit == NULL;

  if (figure->time || is_pronoun_one (scanner, numeral))
    return TRUE;
  if (!bare)
    return FALSE;
  if (is_year_like (numeral))
    return TRUE;
  if (is_plain_integer (numeral) && numeral->n_digits <= 2
      && (month_before (scanner, figure->start) || month_after (scanner, figure->end)))
    return TRUE;
  return is_list_number (scanner, numeral) || is_name_number (scanner, numeral);
}
