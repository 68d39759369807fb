/* claimline-quantity-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Longest word or phrase key we ever look up; longer words match nothing. */
#define QUANTITY_MAX_KEY 48


typedef enum
{
  NUMBER_UNIT,          /* zero … nine */
  NUMBER_TEEN,          /* ten … nineteen */
  NUMBER_TENS,          /* twenty … ninety */
  NUMBER_FRACTION,      /* half, quarter: only with a scale or after "and a" */
  NUMBER_ARTICLE,       /* a, an: a number only before a scale ("a dozen") */
  NUMBER_SIGN,          /* minus, negative */
  NUMBER_POINT,         /* point: spelled decimals */
  NUMBER_AND,           /* and: joins "three hundred and two" */
  NUMBER_ORDINAL,       /* third, fifths: the numeral before is an ordinal or a fraction */
  NUMBER_ORDINAL_JOINED,/* second: an ordinal only when hyphenated ("twenty-second") */
  NUMBER_DETERMINER,    /* the, this, which: "one" after them is a pronoun */
} QuantityNumberRole;

typedef struct
{
  double             value;
  QuantityNumberRole role;
} QuantityNumberWord;

typedef enum
{
  SCALE_GLUED = 1 << 0, /* may be written against the digits: "10bn", "$5m" */
  SCALE_MONEY = 1 << 1, /* in lower case only after a currency: "€5m", not "5m" */
} QuantityScaleFlags;

typedef struct
{
  double multiplier;
  guint  flags;
} QuantityScale;

typedef enum
{
  CURRENCY_SYMBOL = 1 << 0, /* before or after the figure: "$5", "5 €" */
  CURRENCY_CODE   = 1 << 1, /* before or after, even glued: "USD 200", "115USD" */
  CURRENCY_NAME   = 1 << 2, /* after the figure: "5 dollars", "12-cent" */
  CURRENCY_SPACED = 1 << 3, /* a prefixed symbol that may stand apart: "C $ 16" */
} QuantityCurrencyFlags;

typedef struct
{
  char   *code;   /* ISO 4217, upper case */
  double  factor; /* 0.01 for "cents", 1e6 for "MUSD" */
  guint   flags;
} QuantityCurrency;

typedef enum
{
  UNIT_COUNT,
  UNIT_MEASURE,
  UNIT_PERCENT,
  UNIT_NONE,     /* the number before it is no figure: "9 a.m." */
  UNIT_MODIFIER, /* may stand between a number and its unit: "monthly" */
} QuantityUnitKind;

typedef struct
{
  char             *unit; /* canonical form: "user", "gigawatt-hour", "%", "pp" */
  QuantityUnitKind  kind;
} QuantityUnit;

typedef enum
{
  QUALIFIER_LOWER,   /* more than: low bound only */
  QUALIFIER_UPPER,   /* up to: high bound only */
  QUALIFIER_APPROX,  /* about */
  QUALIFIER_BETWEEN, /* between … and …: a range */
  QUALIFIER_FROM,    /* from … to …: two values, not a range */
  QUALIFIER_TO,      /* the word joining the ends of a range */
} QuantityQualifierKind;

typedef struct
{
  QuantityQualifierKind kind;
  gboolean              after; /* written after the figure: "or more" */
} QuantityQualifier;

typedef struct
{
  GHashTable *numbers;    /* word → QuantityNumberWord */
  GHashTable *scales;     /* word → QuantityScale */
  GHashTable *currencies; /* surface form → QuantityCurrency */
  GHashTable *units;      /* phrase → QuantityUnit */
  GHashTable *qualifiers; /* phrase → QuantityQualifier */
  GHashTable *directions; /* word → GINT_TO_POINTER (+1 or -1) */
  GHashTable *months;     /* month name or abbreviation, a set */
  GHashTable *prefixes;   /* the first words of phrases of several words: "per", "data" */
  GHashTable *suffixes;   /* the last words of qualifiers read backwards: "than", "least" */
  guint       max_unit_words;
  guint       max_qualifier_words;
  /* words that may open a figure ("ten", "a", "usd"), by their first two
   * letters: a bit per length (lengths from 31 share the last bit) */
  guint32     starters[26][27];
  /* the last words of qualifiers, by their last letter (26: not a letter)
   * and a bit per length, as above */
  guint32     qualifier_enders[27];
  /* the keys of each table by their first byte, a bit per length (as
   * above): most words looked up are in no table, and are answered
   * without hashing */
  guint32     number_keys[256];
  guint32     scale_keys[256];
  guint32     currency_keys[256];
  guint32     unit_keys[256];
  guint32     qualifier_keys[256];
  guint32     prefix_keys[256];
  guint32     suffix_keys[256];
  /* the currencies of one ASCII character ("$"), looked up already */
  const QuantityCurrency *ascii_currencies[128];
} QuantityLexicon;

const QuantityLexicon *claimline_quantity_lexicon_get (void);

/* Whether KEY (LEN bytes) may be a key of the table whose keys are KEYS. */
static inline gboolean
quantity_keys_may_hold (const guint32 *keys,
                        const char    *key,
                        gsize          len)
{
  return (keys[(guchar) key[0]] & (1u << MIN (len, 31))) != 0;
}

/* The value of KEY (LEN bytes, NUL-terminated) in TABLE, whose keys are
 * KEYS, or NULL. */
static inline gpointer
quantity_table_lookup (GHashTable    *table,
                       const guint32 *keys,
                       const char    *key,
                       gsize          len)
{
  return quantity_keys_may_hold (keys, key, len) ? g_hash_table_lookup (table, key) : NULL;
}

/* The key filter of TABLE, one of LEXICON's tables that have one. */
static inline const guint32 *
quantity_lexicon_keys (const QuantityLexicon *lexicon,
                       GHashTable            *table)
{
  if (table == lexicon->units)
    return lexicon->unit_keys;
  if (table == lexicon->qualifiers)
    return lexicon->qualifier_keys;
  if (table == lexicon->numbers)
    return lexicon->number_keys;
  if (table == lexicon->scales)
    return lexicon->scale_keys;
  g_assert (table == lexicon->currencies);
  return lexicon->currency_keys;
}

/* Whether an ASCII word of LEN letters starting with FIRST and SECOND
 * (SECOND is 0 for a one-letter word) may open a figure. */
static inline gboolean
quantity_lexicon_may_start (const QuantityLexicon *lexicon,
                            guchar                 first,
                            guchar                 second,
                            gsize                  len)
{
  guint a = (first | 0x20) - 'a';
  guint b = second == 0 ? 26 : (guint) ((second | 0x20) - 'a');

  return a < 26 && b < 27 && (lexicon->starters[a][b] & (1u << MIN (len, 31))) != 0;
}

/* Whether the word LOWER of LEN bytes may end a qualifier: a cheap test
 * before the look-ups, most words before a figure are none. */
static inline gboolean
quantity_lexicon_may_end_qualifier (const QuantityLexicon *lexicon,
                                    const char            *lower,
                                    gsize                  len)
{
  guint last = len > 0 ? (guint) ((guchar) lower[len - 1] - 'a') : 26;

  return (lexicon->qualifier_enders[MIN (last, 26)] & (1u << MIN (len, 31))) != 0;
}

/* A word of the text: ASCII letters, with inner dots and apostrophes
 * ("a.m.", "o'clock"). */
typedef struct
{
  gsize    start;
  gsize    end;
  guint    len;
  gboolean capitalised; /* has an upper-case letter */
  char     lower[QUANTITY_MAX_KEY];
} QuantityWord;

typedef struct
{
  const char            *text;
  gsize                  length;
  const QuantityLexicon *lexicon;
  gsize                  floor; /* end of the last figure: look-behinds stop here */
} QuantityScanner;

/* The byte at POS, or 0 past the end: readers may look one byte ahead. */
static inline guchar
quantity_byte_at (const QuantityScanner *scanner,
                  gsize                  pos)
{
  return pos < scanner->length ? (guchar) scanner->text[pos] : '\0';
}

/* claimline-quantity-scan.c: character and word level helpers */
gboolean                quantity_is_alpha              (const QuantityScanner *scanner,
                                                        gsize                  pos);
gboolean                quantity_is_alnum_before       (const QuantityScanner *scanner,
                                                        gsize                  pos);
gboolean                quantity_is_word_joiner_before (const QuantityScanner *scanner,
                                                        gsize                  pos);
gsize                   quantity_skip_spaces_back      (const QuantityScanner *scanner,
                                                        gsize                  pos);
gsize                   quantity_group_space           (const QuantityScanner *scanner,
                                                        gsize                  pos);
gboolean                quantity_read_word             (const QuantityScanner *scanner,
                                                        gsize                  pos,
                                                        QuantityWord          *word);
gboolean                quantity_read_word_before      (const QuantityScanner *scanner,
                                                        gsize                  pos,
                                                        QuantityWord          *word);
gboolean                quantity_next_word             (const QuantityScanner *scanner,
                                                        gsize                  pos,
                                                        gboolean               allow_hyphen,
                                                        QuantityWord          *word);
gconstpointer           quantity_match_phrase          (const QuantityScanner *scanner,
                                                        GHashTable            *table,
                                                        guint                  max_words,
                                                        gsize                  pos,
                                                        gsize                 *end);
gconstpointer           quantity_match_phrase_before   (const QuantityScanner *scanner,
                                                        GHashTable            *table,
                                                        guint                  max_words,
                                                        gsize                  pos,
                                                        gsize                 *start);
const QuantityCurrency *quantity_match_symbol          (const QuantityScanner *scanner,
                                                        gsize                  pos,
                                                        gsize                 *end);
gboolean                quantity_word_is               (const QuantityWord    *word,
                                                        const char            *lower);
gboolean                quantity_is_sentence_start     (const QuantityScanner *scanner,
                                                        gsize                  pos);

/* Blanks inside a sentence: spaces, tabs, no-break spaces and one line
 * break, but not the blank line between paragraphs.  Inline: every figure
 * asks several times, and mostly steps over one space. */
static inline gsize
quantity_skip_spaces (const QuantityScanner *scanner,
                      gsize                  pos)
{
  gboolean newline = FALSE;

  while (pos < scanner->length)
    {
      guchar c = quantity_byte_at (scanner, pos);
      gsize blank;

      if (c == ' ')
        pos++;
      else if (c == '\n')
        {
          if (newline)
            break;
          newline = TRUE;
          pos++;
        }
      else if (c == '\t' || c == '\r')
        pos++;
      /* the other blanks are no-break spaces, beyond ASCII */
      else if (c >= 0x80 && (blank = quantity_group_space (scanner, pos)) > 0)
        pos += blank;
      else
        break;
    }
  return pos;
}

/* A numeral: digits or number words, with its scale ("2.5 million"). */
typedef enum
{
  NUMERAL_DIGITS      = 1 << 0, /* written in digits */
  NUMERAL_GROUPED     = 1 << 1, /* with thousands separators: "1,200" */
  NUMERAL_DECIMAL     = 1 << 2, /* with a decimal part */
  NUMERAL_SCALED      = 1 << 3, /* with a scale word or abbreviation */
  NUMERAL_BARE_ONE    = 1 << 4, /* the single word "one" */
  NUMERAL_CAPITALISED = 1 << 5, /* a spelled numeral starting with a capital */
  NUMERAL_IN_LIST     = 1 << 6, /* right after "12," in "12,14,16" */
} QuantityNumeralFlags;

typedef struct
{
  gsize  start;
  gsize  end;
  double value;    /* scale included */
  double bare;     /* before scaling */
  double scale;    /* 1 when unscaled */
  guint  flags;
  guint  n_digits; /* integer digits of a plain number */
} QuantityNumeral;

/* claimline-quantity-numeral.c */
gboolean quantity_parse_numeral (const QuantityScanner *scanner,
                                 gsize                  pos,
                                 gboolean               after_currency,
                                 QuantityNumeral       *numeral);
gboolean quantity_parse_scale   (const QuantityScanner *scanner,
                                 gboolean               after_currency,
                                 QuantityNumeral       *numeral);

/* claimline-quantity-spelled.c */
gboolean quantity_parse_spelled   (const QuantityScanner *scanner,
                                   gsize                  pos,
                                   QuantityNumeral       *numeral);
gboolean quantity_read_a_fraction (const QuantityScanner *scanner,
                                   gsize                  p,
                                   double                *fraction,
                                   gsize                 *end);

static inline const QuantityNumberWord *
quantity_number_word (const QuantityScanner *scanner,
                      const QuantityWord    *word)
{
  return quantity_table_lookup (scanner->lexicon->numbers, scanner->lexicon->number_keys,
                                word->lower, word->len);
}

/* A scale word; abbreviations ("bn", "k") only when ABBREVIATIONS. */
static inline const QuantityScale *
quantity_scale_word (const QuantityScanner *scanner,
                     const QuantityWord    *word,
                     gboolean               abbreviations)
{
  const QuantityScale *scale = quantity_table_lookup (scanner->lexicon->scales,
                                                      scanner->lexicon->scale_keys,
                                                      word->lower, word->len);

  if (scale != NULL && !abbreviations && (scale->flags & SCALE_GLUED))
    return NULL;
  return scale;
}

/* One end of an expression: "$10", "12 billion", "1,500 people". */
typedef struct
{
  gsize                   start;
  gsize                   end;
  QuantityNumeral         numeral;
  const QuantityCurrency *currency;
  double                  minor; /* "3 dollars 50 cents": 0.50 */
  const QuantityUnit     *unit;
  gboolean                time;  /* followed by "a.m.": a time, not a figure */
} QuantityFigure;

/* claimline-quantity-figure.c */
double   quantity_figure_value     (const QuantityFigure  *figure);
gsize    quantity_word_start_after (const QuantityScanner *scanner,
                                    gsize                  p,
                                    gboolean               allow_hyphen);
gboolean quantity_parse_figure     (const QuantityScanner *scanner,
                                    gsize                  pos,
                                    gboolean               in_range,
                                    QuantityFigure        *figure);
gboolean quantity_is_not_a_figure  (const QuantityScanner *scanner,
                                    const QuantityFigure  *figure);

G_END_DECLS
