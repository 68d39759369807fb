/* claimline-quantity-numeral.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-quantity-private.h"

/* Numerals written in digits: "1,200", "13.8", "40 000", "10bn", "2.5
 * million", "3 hundred and 21"; spelled ones are read in
 * claimline-quantity-spelled.c. */

static inline gboolean
digit_at (const QuantityScanner *scanner,
          gsize                  pos)
{
  return g_ascii_isdigit (quantity_byte_at (scanner, pos));
}

/* Exactly three digits at POS: one group after a thousands separator. */
static gboolean
group_at (const QuantityScanner *scanner,
          gsize                  pos)
{
  return digit_at (scanner, pos) && digit_at (scanner, pos + 1) && digit_at (scanner, pos + 2)
         && !digit_at (scanner, pos + 3);
}

static gsize
count_digits (const QuantityScanner *scanner,
              gsize                  pos)
{
  gsize n = 0;

  while (digit_at (scanner, pos + n))
    n++;
  return n;
}

/* The digits of a numeral, separators dropped, '.' as decimal mark. */
typedef struct
{
  char  text[64];
  guint len;
} CleanNumber;

static gboolean
clean_append (CleanNumber           *clean,
              const QuantityScanner *scanner,
              gsize                  pos,
              gsize                  n)
{
  if (clean->len + n + 1 >= sizeof clean->text)
    return FALSE;
  memcpy (clean->text + clean->len, scanner->text + pos, n);
  clean->len += n;
  clean->text[clean->len] = '\0';
  return TRUE;
}

/* "1.234.567,89": dots between groups, a comma before the decimals. */
static gboolean
is_dot_grouped (const QuantityScanner *scanner,
                gsize                  pos)
{
  if (quantity_byte_at (scanner, pos) != '.' || !group_at (scanner, pos + 1))
    return FALSE;
  pos += 4;
  return (quantity_byte_at (scanner, pos) == ',' && digit_at (scanner, pos + 1)
          && !group_at (scanner, pos + 1))
         || (quantity_byte_at (scanner, pos) == '.' && group_at (scanner, pos + 1));
}

/* Thousands groups after the first 1–3 digits at *P, with one kind of
 * separator throughout.  Returns the separator used, or 0. */
static char
read_groups (const QuantityScanner *scanner,
             gsize                 *p,
             CleanNumber           *clean)
{
  char separator = 0;
  gsize blank;

  if (quantity_byte_at (scanner, *p) == ',' && group_at (scanner, *p + 1))
    separator = ',';
  else if (is_dot_grouped (scanner, *p))
    separator = '.';
  else if ((blank = quantity_group_space (scanner, *p)) > 0 && group_at (scanner, *p + blank))
    separator = ' ';
  else
    return 0;

  for (;;)
    {
      gsize width = separator == ' ' ? quantity_group_space (scanner, *p) : 1;

      if (width == 0 || (separator != ' ' && quantity_byte_at (scanner, *p) != separator)
          || !group_at (scanner, *p + width))
        break;
      if (!clean_append (clean, scanner, *p + width, 3))
        return 0;
      *p += width + 3;
    }
  return separator;
}

/* The part after a decimal mark at *P; MARK is '.' or ','. */
static gboolean
read_decimals (const QuantityScanner *scanner,
               gsize                 *p,
               CleanNumber           *clean)
{
  gsize n = count_digits (scanner, *p + 1);

  if (clean->len + n + 2 >= sizeof clean->text)
    return FALSE;
  clean->text[clean->len++] = '.';
  clean_append (clean, scanner, *p + 1, n);
  *p += 1 + n;
  return TRUE;
}

/* A decimal comma ("1,3", "5,00") is read only where it cannot be a list
 * ("22,24,26") or a thousands group. */
static gboolean
is_decimal_comma (const QuantityScanner *scanner,
                  gsize                  p,
                  const QuantityNumeral *numeral)
{
  gsize n;

  if (quantity_byte_at (scanner, p) != ',' || (numeral->flags & NUMERAL_IN_LIST))
    return FALSE;
  n = count_digits (scanner, p + 1);
  return n >= 1 && n <= 2
         && !(quantity_byte_at (scanner, p + 1 + n) == ',' && digit_at (scanner, p + 2 + n));
}

/* Digits that belong to a date, a time, a fraction, a version or an
 * address right after P: "9:30", "06/09/2025", "2025-06-09", "1.2.3". */
static gboolean
continues_as_code (const QuantityScanner *scanner,
                   gsize                  p)
{
  guchar c = quantity_byte_at (scanner, p);

  if ((c == ':' || c == '/' || c == '.') && digit_at (scanner, p + 1))
    return TRUE;
  if (c == '-' && digit_at (scanner, p + 1))
    {
      gsize q = p + 1 + count_digits (scanner, p + 1);

      return quantity_byte_at (scanner, q) == '-' && digit_at (scanner, q + 1);
    }
  return FALSE;
}

/* The value of CLEAN ("1234.5"): digits and at most one dot.  Up to 15
 * significant digits, mantissa / 10^k is exact IEEE division, so it equals
 * g_ascii_strtod () without its locale and parsing overhead. */
static double
clean_value (const CleanNumber *clean)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  };
  guint64 mantissa = 0;
  guint n_digits = 0;
  int decimals = -1;

  for (gsize i = 0; i < clean->len; i++)
    {
      char c = clean->text[i];

      if (c == '.' && decimals < 0)
        decimals = 0;
      else if (g_ascii_isdigit (c) && n_digits < 15 && decimals < 15)
        {
          mantissa = mantissa * 10 + (guint64) (c - '0');
          n_digits += mantissa > 0;
          if (decimals >= 0)
            decimals++;
        }
      else
        return g_ascii_strtod (clean->text, NULL);
    }
  return decimals > 0 ? (double) mantissa / powers[decimals] : (double) mantissa;
}

static gboolean
parse_digits (const QuantityScanner *scanner,
              gsize                  pos,
              QuantityNumeral       *numeral)
{
  CleanNumber clean = { "", 0 };
  gsize p = pos;
  gsize n = count_digits (scanner, pos);
  char separator = 0;

  numeral->flags = NUMERAL_DIGITS;
  if (pos >= 2 && quantity_byte_at (scanner, pos - 1) == ',' && digit_at (scanner, pos - 2))
    numeral->flags |= NUMERAL_IN_LIST;

  if (n == 0 && !(quantity_byte_at (scanner, p) == '.' && digit_at (scanner, p + 1)))
    return FALSE;
  if (!clean_append (&clean, scanner, p, n))
    return FALSE;
  p += n;
  numeral->n_digits = n;

  if (n >= 1 && n <= 3)
    separator = read_groups (scanner, &p, &clean);
  if (separator != 0)
    numeral->flags |= NUMERAL_GROUPED;

  if (quantity_byte_at (scanner, p) == (separator == '.' ? ',' : '.') && digit_at (scanner, p + 1))
    {
      if (!read_decimals (scanner, &p, &clean))
        return FALSE;
      numeral->flags |= NUMERAL_DECIMAL;
    }
  else if (separator == 0 && is_decimal_comma (scanner, p, numeral))
    {
      read_decimals (scanner, &p, &clean);
      numeral->flags |= NUMERAL_DECIMAL;
    }

  if (continues_as_code (scanner, p))
    return FALSE;

  numeral->start = pos;
  numeral->end = p;
  numeral->bare = numeral->value = clean_value (&clean);
  numeral->scale = 1;
  return TRUE;
}

/* Whether the abbreviation WORD may scale a number: "m" is a metre unless
 * it follows a currency or is written "M". */
static gboolean
abbreviation_allowed (const QuantityScanner *scanner,
                      const QuantityScale   *scale,
                      const QuantityWord    *word,
                      gboolean               glued,
                      gboolean               after_currency)
{
  gboolean upper = word->capitalised;

  if ((scale->flags & SCALE_MONEY) && !after_currency && !upper)
    return FALSE;
  if (glued || word->len > 1)
    return !quantity_is_alpha (scanner, word->end) && !digit_at (scanner, word->end);
  /* a lone letter apart from the digits: "1,674.5 M", but not "5 b and" */
  return (upper || !(scale->flags & SCALE_MONEY))
         && !g_ascii_isalnum (quantity_byte_at (scanner, word->end))
         && quantity_byte_at (scanner, word->end) != '-';
}

/* One more scale after NUMERAL, glued ("10bn") or apart ("10 billion",
 * "$10-billion"); each scale must be larger than the one before ("3
 * hundred thousand"). */
gboolean
quantity_parse_scale (const QuantityScanner *scanner,
                      gboolean               after_currency,
                      QuantityNumeral       *numeral)
{
  QuantityWord word;
  const QuantityScale *scale;
  gboolean glued = g_ascii_isalpha (quantity_byte_at (scanner, numeral->end));
  gsize next = quantity_skip_spaces (scanner, numeral->end);
  gboolean hyphenated = quantity_byte_at (scanner, next) == '-';

  /* the word after the blanks and a hyphen, as quantity_next_word() finds
   * it, without skipping the blanks twice */
  if (hyphenated)
    next = quantity_skip_spaces (scanner, next + 1);
  if (glued ? !quantity_read_word (scanner, numeral->end, &word)
            : next == numeral->end || !g_ascii_isalpha (quantity_byte_at (scanner, next))
              || !quantity_read_word (scanner, next, &word))
    return FALSE;
  scale = quantity_scale_word (scanner, &word, TRUE);
  if (scale == NULL || (numeral->scale > 1 && scale->multiplier <= numeral->scale))
    return FALSE;
  /* "$10-billion", but "Form 10-K" is a name */
  if ((scale->flags & SCALE_GLUED)
      && (hyphenated || !abbreviation_allowed (scanner, scale, &word, glued, after_currency)))
    return FALSE;
  if (glued && !(scale->flags & SCALE_GLUED))
    return FALSE;

  numeral->value *= scale->multiplier;
  numeral->scale *= scale->multiplier;
  numeral->end = word.end;
  numeral->flags |= NUMERAL_SCALED;
  return TRUE;
}

static gboolean parse_written (const QuantityScanner *scanner,
                               gsize                  pos,
                               gboolean               after_currency,
                               QuantityNumeral       *numeral);

/* "3 hundred and 21", "4 thousand 3 hundred": the rest of a number after
 * "hundred" or "thousand" written against digits.  Larger scales never
 * continue: "$5 billion and 20 companies" is two figures. */
static void
continue_after_scale (const QuantityScanner *scanner,
                      QuantityNumeral       *numeral)
{
  QuantityNumeral rest;
  QuantityWord word;
  gsize p = numeral->end;

  if (numeral->scale != 100 && numeral->scale != 1000)
    return;
  if (quantity_next_word (scanner, p, FALSE, &word) && quantity_word_is (&word, "and"))
    p = word.end;
  p = quantity_skip_spaces (scanner, p);
  if (p == numeral->end || quantity_byte_at (scanner, p) == '-')
    return;
  if (!(g_ascii_isdigit (quantity_byte_at (scanner, p)) ? parse_written (scanner, p, FALSE, &rest)
                                                : quantity_parse_spelled (scanner, p, &rest)))
    return;
  if (rest.value <= 0 || rest.value >= numeral->scale
      || (rest.flags & (NUMERAL_DECIMAL | NUMERAL_GROUPED))
      || g_ascii_isalnum (quantity_byte_at (scanner, rest.end)))
    return;
  numeral->value += rest.value;
  numeral->end = rest.end;
}

/* Digits with their scales and a trailing "and a half" ("3 million and a
 * half"). */
static gboolean
parse_written (const QuantityScanner *scanner,
               gsize                  pos,
               gboolean               after_currency,
               QuantityNumeral       *numeral)
{
  QuantityWord word;
  double fraction;
  gsize after;

  if (!parse_digits (scanner, pos, numeral))
    return FALSE;
  while (quantity_parse_scale (scanner, after_currency, numeral))
    ;
  continue_after_scale (scanner, numeral);
  if ((numeral->flags & NUMERAL_SCALED)
      && !g_ascii_isalnum (quantity_byte_at (scanner, numeral->end))
      && quantity_next_word (scanner, numeral->end, FALSE, &word) && quantity_word_is (&word, "and")
      && quantity_read_a_fraction (scanner, word.end, &fraction, &after))
    {
      numeral->value += fraction * numeral->scale;
      numeral->end = after;
    }
  return TRUE;
}

/* Whether a number written in digits starts at POS, maybe after a minus
 * sign: "-9.5", ".25". */
static gboolean
digits_start (const QuantityScanner *scanner,
              gsize                  pos)
{
  if (quantity_byte_at (scanner, pos) == '-')
    pos++;
  if (quantity_byte_at (scanner, pos) == '.')
    pos++;
  return digit_at (scanner, pos);
}

static void
negate (QuantityNumeral *numeral,
        gsize            sign)
{
  numeral->start = sign;
  numeral->value = -numeral->value;
  numeral->bare = -numeral->bare;
  numeral->flags &= ~NUMERAL_BARE_ONE;
}

/* "minus five", "negative 3": a sign word before a numeral, once. */
static gboolean
parse_signed (const QuantityScanner *scanner,
              const QuantityWord    *sign,
              gboolean               after_currency,
              QuantityNumeral       *numeral)
{
  gsize next = quantity_skip_spaces (scanner, sign->end);
  const QuantityNumberWord *number;
  QuantityWord word;

  if (next == sign->end)
    return FALSE;
  if (g_ascii_isdigit (quantity_byte_at (scanner, next)))
    {
      if (!parse_written (scanner, next, after_currency, numeral))
        return FALSE;
    }
  else if (!quantity_read_word (scanner, next, &word)
           || ((number = quantity_number_word (scanner, &word)) != NULL
               && number->role == NUMBER_SIGN)
           || !quantity_parse_spelled (scanner, next, numeral))
    return FALSE;
  negate (numeral, sign->start);
  return TRUE;
}

gboolean
quantity_parse_numeral (const QuantityScanner *scanner,
                        gsize                  pos,
                        gboolean               after_currency,
                        QuantityNumeral       *numeral)
{
  const QuantityNumberWord *number;
  QuantityWord word;

  if (digits_start (scanner, pos))
    {
      gboolean minus = quantity_byte_at (scanner, pos) == '-';

      if (!parse_written (scanner, pos + minus, after_currency, numeral))
        return FALSE;
      if (minus)
        negate (numeral, pos);
      return TRUE;
    }

  if (!g_ascii_isalpha (quantity_byte_at (scanner, pos))
      || !quantity_read_word (scanner, pos, &word))
    return FALSE;
  number = quantity_number_word (scanner, &word);
  if (number != NULL && number->role == NUMBER_SIGN)
    return parse_signed (scanner, &word, after_currency, numeral);
  return quantity_parse_spelled (scanner, pos, numeral);
}
