/* claimline-quantity-scan.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-quantity-private.h"

/* Characters, words and phrases of the text, read forwards and backwards
 * without copying it.  Offsets are bytes; every step moves by whole UTF-8
 * characters. */

static gunichar
char_at (const QuantityScanner *scanner,
         gsize                  pos)
{
  return g_utf8_get_char_validated (scanner->text + pos, scanner->length - pos);
}

/* The start of the character before POS (0 when there is none). */
static gsize
previous_char (const QuantityScanner *scanner,
               gsize                  pos)
{
  while (pos > 0)
    {
      pos--;
      if ((quantity_byte_at (scanner, pos) & 0xC0) != 0x80)
        break;
    }
  return pos;
}

gboolean
quantity_is_alpha (const QuantityScanner *scanner,
                   gsize                  pos)
{
  guchar c = quantity_byte_at (scanner, pos);
  gunichar u;

  if (c < 0x80)
    return g_ascii_isalpha (c);
  u = char_at (scanner, pos);
  return u < 0xFFFFFFFE && g_unichar_isalpha (u);
}

gboolean
quantity_is_alnum_before (const QuantityScanner *scanner,
                          gsize                  pos)
{
  guchar c;
  gunichar u;

  if (pos == 0)
    return FALSE;
  c = quantity_byte_at (scanner, pos - 1);
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '_';
  u = char_at (scanner, previous_char (scanner, pos));
  return u < 0xFFFFFFFE && g_unichar_isalnum (u);
}

/* Whether the character before POS is a curly apostrophe, which joins the
 * letters around it into one word ("d’affaires"). */
gboolean
quantity_is_word_joiner_before (const QuantityScanner *scanner,
                                gsize                  pos)
{
  return pos > 0 && char_at (scanner, previous_char (scanner, pos)) == 0x2019
         && quantity_is_alnum_before (scanner, previous_char (scanner, pos));
}

/* Length of a blank at POS that may separate digit groups ("40 000",
 * with a space, a no-break space or a narrow no-break space), else 0. */
gsize
quantity_group_space (const QuantityScanner *scanner,
                      gsize                  pos)
{
  const guchar *p = (const guchar *) scanner->text + pos;
  gsize left = scanner->length - pos;

  if (left >= 1 && p[0] == ' ')
    return 1;
  if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
    return 2;
  if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x89))
    return 3;
  return 0;
}

gsize
quantity_skip_spaces_back (const QuantityScanner *scanner,
                           gsize                  pos)
{
  gboolean newline = FALSE;

  while (pos > scanner->floor)
    {
      guchar c = quantity_byte_at (scanner, pos - 1);

      if (c == ' ' || c == '\t' || c == '\r')
        pos--;
      else if (c == '\n' && !newline)
        {
          newline = TRUE;
          pos--;
        }
      else if (c == 0xA0 && pos >= 2 && quantity_byte_at (scanner, pos - 2) == 0xC2)
        pos -= 2;
      else
        break;
    }
  return pos;
}

/* Reads the word starting at POS.  Returns FALSE when there is no word
 * there or it cannot match a lexicon entry (too long, or not ASCII); END is
 * still set past the letters so callers can step over them. */
gboolean
quantity_read_word (const QuantityScanner *scanner,
                    gsize                  pos,
                    QuantityWord          *word)
{
  const guchar *text = (const guchar *) scanner->text;
  gboolean ascii = TRUE;
  gboolean dotted = FALSE;
  gboolean capitalised = FALSE;
  guint len = 0;
  gsize p = pos;

  /* locals, not WORD's fields, in the loop: the stores into word->lower
   * would otherwise make the compiler reload them at every letter */
  while (p < scanner->length)
    {
      guchar c = text[p];
      guchar lower = c;

      if (g_ascii_isalpha (c))
        {
          lower = c | 0x20; /* ASCII letters only here */
          capitalised |= c != lower;
        }
      else if ((c == '.' || c == '\'') && len > 0 && p + 1 < scanner->length
               && g_ascii_isalpha (text[p + 1]))
        dotted |= c == '.'; /* "a.m", "u.s", "o'clock" */
      else if (c >= 0x80 && quantity_is_alpha (scanner, p))
        {
          ascii = FALSE;
          p = g_utf8_next_char (scanner->text + p) - scanner->text;
          continue;
        }
      else
        break;

      if (len < QUANTITY_MAX_KEY - 1)
        word->lower[len] = lower;
      len++;
      p++;
    }

  /* the closing dot of "a.m." belongs to it */
  if (dotted && p < scanner->length && text[p] == '.' && len < QUANTITY_MAX_KEY - 1)
    {
      word->lower[len++] = '.';
      p++;
    }

  word->start = pos;
  word->end = p;
  word->len = len;
  word->capitalised = capitalised;
  if (len >= QUANTITY_MAX_KEY)
    return FALSE;
  word->lower[len] = '\0';
  return ascii && len > 0;
}

/* Reads the ASCII word ending at POS (letters only), if it is a whole word
 * and lies after the scanner's floor. */
gboolean
quantity_read_word_before (const QuantityScanner *scanner,
                           gsize                  pos,
                           QuantityWord          *word)
{
  gsize start = pos;

  while (start > scanner->floor && g_ascii_isalpha (quantity_byte_at (scanner, start - 1)))
    start--;
  if (start == pos || pos - start >= QUANTITY_MAX_KEY)
    return FALSE;
  /* part of a longer word: "affaires" in "d’affaires" is no word of ours */
  if (quantity_is_alnum_before (scanner, start)
      || (start > 0 && quantity_byte_at (scanner, start - 1) >= 0x80
          && quantity_is_word_joiner_before (scanner, start)))
    return FALSE;
  return quantity_read_word (scanner, start, word) && word->end == pos;
}

/* Skips blanks (and, when ALLOW_HYPHEN, one hyphen among them) after POS,
 * then reads a word.  Returns FALSE when no readable word follows. */
gboolean
quantity_next_word (const QuantityScanner *scanner,
                    gsize                  pos,
                    gboolean               allow_hyphen,
                    QuantityWord          *word)
{
  gsize p = quantity_skip_spaces (scanner, pos);

  if (allow_hyphen && quantity_byte_at (scanner, p) == '-')
    p = quantity_skip_spaces (scanner, p + 1);
  if (p == pos || !g_ascii_isalpha (quantity_byte_at (scanner, p)))
    return FALSE;
  return quantity_read_word (scanner, p, word);
}

gboolean
quantity_word_is (const QuantityWord *word,
                  const char         *lower)
{
  return word->len < QUANTITY_MAX_KEY && strcmp (word->lower, lower) == 0;
}

/* Longest entry of TABLE made of up to MAX_WORDS words from POS on,
 * separated by blanks or hyphens. */
gconstpointer
quantity_match_phrase (const QuantityScanner *scanner,
                       GHashTable            *table,
                       guint                  max_words,
                       gsize                  pos,
                       gsize                 *end)
{
  const QuantityLexicon *lexicon = scanner->lexicon;
  const guint32 *keys = quantity_lexicon_keys (lexicon, table);
  char key[QUANTITY_MAX_KEY * 3];
  gsize key_len = 0;
  gconstpointer best = NULL;
  gsize p = pos;
  QuantityWord word;

  for (guint n = 0; n < max_words; n++)
    {
      gconstpointer value;

      if (n == 0 ? !quantity_read_word (scanner, p, &word)
                 : !quantity_next_word (scanner, p, TRUE, &word))
        break;
      if (key_len + word.len + 2 > sizeof key)
        break;
      if (n > 0)
        key[key_len++] = ' ';
      memcpy (key + key_len, word.lower, word.len + 1);
      key_len += word.len;
      p = word.end;
      if (g_ascii_isdigit (quantity_byte_at (scanner, p)))
        break;

      value = quantity_table_lookup (table, keys, key, key_len);
      if (value != NULL)
        {
          best = value;
          *end = p;
        }
      else if (n + 1 < max_words
               && (!quantity_keys_may_hold (lexicon->prefix_keys, key, key_len)
                   || !g_hash_table_contains (lexicon->prefixes, key)))
        break;
    }
  return best;
}

/* Longest entry of TABLE made of up to MAX_WORDS whole words ending right
 * before POS (blanks skipped); *START is where the phrase begins. */
gconstpointer
quantity_match_phrase_before (const QuantityScanner *scanner,
                              GHashTable            *table,
                              guint                  max_words,
                              gsize                  pos,
                              gsize                 *start)
{
  const QuantityLexicon *lexicon = scanner->lexicon;
  const guint32 *keys = quantity_lexicon_keys (lexicon, table);
  QuantityWord words[4];
  gconstpointer best = NULL;
  gsize p = quantity_skip_spaces_back (scanner, pos);
  guint n = 0;

  max_words = MIN (max_words, G_N_ELEMENTS (words));
  char key[QUANTITY_MAX_KEY * 4];
  gsize key_start = sizeof key - 1;

  /* the key grows leftwards: "than", then "more than" */
  key[key_start] = '\0';
  while (n < max_words && quantity_read_word_before (scanner, p, &words[n]))
    {
      gconstpointer value;

      if (key_start < words[n].len + 1)
        break;
      if (n == 0 && table == scanner->lexicon->qualifiers
          && !quantity_lexicon_may_end_qualifier (scanner->lexicon, words[n].lower, words[n].len))
        break;
      if (n > 0)
        key[--key_start] = ' ';
      key_start -= words[n].len;
      memcpy (key + key_start, words[n].lower, words[n].len);
      value = quantity_table_lookup (table, keys, key + key_start, sizeof key - 1 - key_start);
      if (value != NULL)
        {
          best = value;
          *start = words[n].start;
        }
      else if (!quantity_keys_may_hold (lexicon->suffix_keys, key + key_start,
                                        sizeof key - 1 - key_start)
               || !g_hash_table_contains (lexicon->suffixes, key + key_start))
        break;
      p = quantity_skip_spaces_back (scanner, words[n].start);
      n++;
    }

  /* a sign written as a symbol: "~$10" */
  if (best == NULL && p > scanner->floor && n == 0)
    {
      char symbol[2] = { (char) quantity_byte_at (scanner, p - 1), '\0' };

      if (g_ascii_ispunct (symbol[0]) && (best = quantity_table_lookup (table, keys, symbol, 1)) != NULL)
        *start = p - 1;
    }
  return best;
}

/* A currency symbol of one or two characters at POS ("$", "€", "ரூ"). */
const QuantityCurrency *
quantity_match_symbol (const QuantityScanner *scanner,
                       gsize                  pos,
                       gsize                 *end)
{
  const QuantityCurrency *found = NULL;
  char key[16];
  gsize p = pos;

  for (guint n = 0; n < 2 && p < scanner->length; n++)
    {
      guchar c = quantity_byte_at (scanner, p);
      gsize next = c < 0x80 ? p + 1
                   : (gsize) (g_utf8_next_char (scanner->text + p) - scanner->text);
      const QuantityCurrency *currency;
      gsize key_len;

      if (g_ascii_isalnum (c) || g_ascii_isspace (c) || next > scanner->length
          || next - pos >= sizeof key)
        break;
      memcpy (key, scanner->text + pos, next - pos);
      key[next - pos] = '\0';
      /* strlen: a NUL in a text of known length ends the key */
      key_len = strlen (key);
      if (key_len == 1 && (guchar) key[0] < 0x80)
        currency = scanner->lexicon->ascii_currencies[(guchar) key[0]];
      else
        currency = quantity_table_lookup (scanner->lexicon->currencies,
                                          scanner->lexicon->currency_keys, key, key_len);
      if (currency != NULL && (currency->flags & CURRENCY_SYMBOL))
        {
          found = currency;
          *end = next;
        }
      p = next;
    }
  return found;
}

/* Whether the word at POS opens a sentence (or a quotation, a heading, a
 * parenthesis), where any word is capitalised. */
gboolean
quantity_is_sentence_start (const QuantityScanner *scanner,
                            gsize                  pos)
{
  gsize p = pos;

  while (p > 0 && (quantity_byte_at (scanner, p - 1) == ' '
                   || quantity_byte_at (scanner, p - 1) == '\t'))
    p--;
  if (p == 0)
    return TRUE;

  switch (quantity_byte_at (scanner, p - 1))
    {
    case '.': case '!': case '?': case ':': case ';': case '\n': case '\r':
    case '(': case '[': case '"': case '\'':
      return TRUE;
    default:
      break;
    }
  /* curly opening quotes, dashes and bullets open a phrase too */
  if (quantity_byte_at (scanner, p - 1) >= 0x80)
    {
      gunichar u = char_at (scanner, previous_char (scanner, p));

      return u == 0x201C || u == 0x2018 || u == 0x2013 || u == 0x2014 || u == 0x2022;
    }
  return FALSE;
}
