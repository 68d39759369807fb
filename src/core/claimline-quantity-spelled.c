/* claimline-quantity-spelled.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-quantity-private.h"

/* Spelled numerals: "twenty-five", "one and a half", "half a dozen", "three
 * hundred and two", "two hundred point zero three". */

/* The spelled-number grammar: which word may follow which. */
typedef enum
{
  SPELL_START,
  SPELL_ARTICLE,  /* "a" waiting for its scale */
  SPELL_FRACTION, /* "half", "a quarter" waiting for a scale */
  SPELL_UNIT,
  SPELL_TEEN,
  SPELL_TENS,
  SPELL_HUNDRED,
  SPELL_SCALE,
  SPELL_DOZEN,    /* "three dozen": complete */
  SPELL_DECIMAL,  /* after "point …" or "and a half": only a scale may follow */
} SpellState;

typedef struct
{
  SpellState state;
  double     total;      /* completed groups: "two million" */
  double     group;      /* the group being spelled: "three hundred and two" */
  double     last_scale; /* the scale of the last group, to keep scales decreasing */
  double     fraction;   /* a leading "half" or "quarter" */
  double     tail;       /* the part after the last "hundred": "two" in "three hundred and two" */
  guint      n_words;
  gboolean   scaled;
} Spelled;

static void
apply_scale (Spelled *spelled,
             double   multiplier)
{
  double group = spelled->group;

  if (spelled->state == SPELL_FRACTION)
    group = spelled->fraction;
  else if (spelled->state == SPELL_ARTICLE || group == 0)
    group = 1;

  if (multiplier == 100 && spelled->group < 100)
    {
      spelled->group = group * 100;
      spelled->state = SPELL_HUNDRED;
    }
  else if (multiplier == 12)
    {
      /* "three hundred and two dozen" is 300 + 2 × 12: the tail counts twelve times */
      if (spelled->tail > 0)
        spelled->group += spelled->tail * 11;
      else
        spelled->group = group * 12;
      spelled->state = SPELL_DOZEN;
    }
  else
    {
      spelled->total += group * multiplier;
      spelled->group = 0;
      spelled->last_scale = multiplier;
      spelled->state = SPELL_SCALE;
    }
  spelled->scaled = TRUE;
  spelled->tail = 0;
}

static gboolean
scale_fits (const Spelled *spelled,
            double         multiplier)
{
  switch (spelled->state)
    {
    case SPELL_ARTICLE:
    case SPELL_FRACTION:
      return TRUE;
    case SPELL_UNIT:
    case SPELL_TEEN:
    case SPELL_TENS:
    case SPELL_HUNDRED:
    case SPELL_DECIMAL:
      if (multiplier == 100 && (spelled->state == SPELL_HUNDRED || spelled->group >= 100))
        return FALSE;
      return spelled->last_scale == 0 || multiplier < spelled->last_scale;
    default:
      return FALSE;
    }
}

static gboolean
value_fits (const Spelled            *spelled,
            const QuantityNumberWord *number,
            gboolean                  hyphenated)
{
  switch (number->role)
    {
    case NUMBER_UNIT:
      return spelled->state == SPELL_START || spelled->state == SPELL_TENS
             || spelled->state == SPELL_HUNDRED || spelled->state == SPELL_SCALE;
    case NUMBER_TEEN:
    case NUMBER_TENS:
      return !hyphenated && (spelled->state == SPELL_START || spelled->state == SPELL_HUNDRED
                             || spelled->state == SPELL_SCALE);
    default:
      return FALSE;
    }
}

/* "point zero three", "point seventy-one": digits spelled one by one or as
 * a pair.  Returns the decimal part and moves *END past it. */
static gboolean
read_spelled_decimals (const QuantityScanner *scanner,
                       gsize                 *end,
                       double                *decimals)
{
  QuantityWord word;
  double place = 0.1;
  gsize p = *end;
  guint n = 0;

  while (quantity_next_word (scanner, p, n > 0, &word))
    {
      const QuantityNumberWord *number = quantity_number_word (scanner, &word);

      if (number == NULL || number->role > NUMBER_TENS)
        break;
      if (number->role == NUMBER_UNIT)
        {
          *decimals += number->value * place;
          place /= 10;
        }
      else if (n == 0)
        {
          /* a pair: "eleven", "seventy-one" */
          QuantityWord unit;
          const QuantityNumberWord *second;

          *decimals += number->value / 100;
          p = word.end;
          n++;
          if (number->role == NUMBER_TENS && quantity_next_word (scanner, p, TRUE, &unit)
              && (second = quantity_number_word (scanner, &unit)) != NULL
              && second->role == NUMBER_UNIT)
            {
              *decimals += second->value / 100;
              p = unit.end;
            }
          break;
        }
      else
        break;
      p = word.end;
      n++;
    }
  *end = p;
  return n > 0;
}

/* "a half", "a quarter" after the "and" ending at P. */
gboolean
quantity_read_a_fraction (const QuantityScanner *scanner,
                          gsize                  p,
                          double                *fraction,
                          gsize                 *end)
{
  QuantityWord word;
  const QuantityNumberWord *number;

  if (!quantity_next_word (scanner, p, FALSE, &word)
      || (number = quantity_number_word (scanner, &word)) == NULL
      || number->role != NUMBER_ARTICLE)
    return FALSE;
  if (!quantity_next_word (scanner, word.end, FALSE, &word)
      || (number = quantity_number_word (scanner, &word)) == NULL
      || number->role != NUMBER_FRACTION)
    return FALSE;
  *fraction = number->value;
  *end = word.end;
  return TRUE;
}

/* Takes WORD into SPELLED and moves *END past it, or returns FALSE where
 * the numeral ends. */
static gboolean
spell_step (const QuantityScanner *scanner,
            Spelled               *spelled,
            const QuantityWord    *word,
            gboolean               hyphenated,
            gsize                 *end)
{
  const QuantityNumberWord *number = quantity_number_word (scanner, word);
  const QuantityScale *scale = quantity_scale_word (scanner, word, FALSE);
  double fraction;
  gsize after;

  if (scale != NULL)
    {
      if (!scale_fits (spelled, scale->multiplier))
        return FALSE;
      apply_scale (spelled, scale->multiplier);
      *end = word->end;
      return TRUE;
    }
  if (number == NULL)
    return FALSE;

  switch (number->role)
    {
    case NUMBER_UNIT:
    case NUMBER_TEEN:
    case NUMBER_TENS:
      if (!value_fits (spelled, number, hyphenated))
        return FALSE;
      spelled->group += number->value;
      spelled->tail += number->value;
      spelled->state = number->role == NUMBER_UNIT ? SPELL_UNIT
                       : number->role == NUMBER_TEEN ? SPELL_TEEN : SPELL_TENS;
      *end = word->end;
      return TRUE;

    case NUMBER_ARTICLE:
      if (spelled->state == SPELL_START)
        spelled->state = SPELL_ARTICLE;
      else if (spelled->state != SPELL_FRACTION)
        return FALSE;
      *end = word->end;
      return TRUE;

    case NUMBER_FRACTION:
      if (spelled->state != SPELL_START && spelled->state != SPELL_ARTICLE)
        return FALSE;
      spelled->fraction = number->value;
      spelled->state = SPELL_FRACTION;
      *end = word->end;
      return TRUE;

    case NUMBER_POINT:
      if (spelled->state < SPELL_UNIT || spelled->state > SPELL_HUNDRED)
        return FALSE;
      fraction = 0;
      after = word->end;
      if (!read_spelled_decimals (scanner, &after, &fraction))
        return FALSE;
      *end = after;
      spelled->group += fraction;
      spelled->state = SPELL_DECIMAL;
      return TRUE;

    default:
      return FALSE;
    }
}

/* "and" inside a spelled number: "three hundred and two", "one and a half",
 * "one million and a half".  Returns whether it was taken. */
static gboolean
spell_and (const QuantityScanner *scanner,
           Spelled               *spelled,
           const QuantityWord    *and_word,
           gsize                 *end)
{
  QuantityWord next;
  const QuantityNumberWord *number;
  double fraction;
  gsize after;

  if (spelled->state >= SPELL_UNIT && spelled->state <= SPELL_SCALE
      && quantity_read_a_fraction (scanner, and_word->end, &fraction, &after))
    {
      if (spelled->state == SPELL_SCALE)
        spelled->total += fraction * spelled->last_scale;
      else
        spelled->group += fraction;
      spelled->state = SPELL_DECIMAL;
      *end = after;
      return TRUE;
    }
  if (spelled->state != SPELL_HUNDRED && spelled->state != SPELL_SCALE)
    return FALSE;
  if (!quantity_next_word (scanner, and_word->end, FALSE, &next)
      || (number = quantity_number_word (scanner, &next)) == NULL || number->role > NUMBER_TENS)
    return FALSE;
  return spell_step (scanner, spelled, &next, FALSE, end);
}

/* Whether an ordinal follows at P ("twenty-first", "two thirds"): then
 * the words are an ordinal or a fraction, not a count. */
static gboolean
ordinal_follows (const QuantityScanner *scanner,
                 gsize                  p)
{
  QuantityWord word;
  const QuantityNumberWord *number;
  gboolean hyphenated = quantity_byte_at (scanner, p) == '-';

  if (!quantity_next_word (scanner, p, TRUE, &word)
      || (number = quantity_number_word (scanner, &word)) == NULL)
    return FALSE;
  return number->role == NUMBER_ORDINAL || (number->role == NUMBER_ORDINAL_JOINED && hyphenated);
}

gboolean
quantity_parse_spelled (const QuantityScanner *scanner,
                        gsize                  pos,
                        QuantityNumeral       *numeral)
{
  Spelled spelled = { SPELL_START, 0, 0, 0, 0, 0, 0, FALSE };
  QuantityWord word;
  gboolean first_capitalised = FALSE;
  gboolean bare_one = FALSE;
  gsize end = pos;

  if (!quantity_read_word (scanner, pos, &word))
    return FALSE;
  first_capitalised = word.capitalised;
  bare_one = quantity_word_is (&word, "one");

  for (;;)
    {
      gboolean hyphenated = spelled.n_words > 0
                            && quantity_byte_at (scanner, word.start - 1) == '-';
      gboolean taken;

      if (quantity_word_is (&word, "and"))
        taken = spelled.n_words > 0 && spell_and (scanner, &spelled, &word, &end);
      else
        taken = spell_step (scanner, &spelled, &word, hyphenated, &end);
      if (!taken)
        break;
      spelled.n_words++;
      if (!quantity_next_word (scanner, end, TRUE, &word))
        break;
    }

  /* "a", "half" and "a quarter" alone are no numbers */
  if (spelled.n_words == 0 || spelled.state == SPELL_ARTICLE || spelled.state == SPELL_FRACTION)
    return FALSE;
  if (ordinal_follows (scanner, end))
    return FALSE;

  numeral->start = pos;
  numeral->end = end;
  numeral->value = numeral->bare = spelled.total + spelled.group;
  /* "twelve million" can lend its scale to "ten to twelve million" */
  numeral->scale = 1;
  if (spelled.group == 0 && spelled.last_scale > 0)
    {
      numeral->scale = spelled.last_scale;
      numeral->bare = spelled.total / spelled.last_scale;
    }
  numeral->n_digits = 0;
  numeral->flags = 0;
  if (spelled.scaled)
    numeral->flags |= NUMERAL_SCALED;
  if (first_capitalised)
    numeral->flags |= NUMERAL_CAPITALISED;
  if (bare_one && spelled.n_words == 1)
    numeral->flags |= NUMERAL_BARE_ONE;
  return TRUE;
}
