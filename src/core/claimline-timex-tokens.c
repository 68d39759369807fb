/* claimline-timex-tokens.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-timex-private.h"

/* A single pass over the bytes: ASCII is classified by a table look-up, and
 * only the few non-ASCII characters that matter to dates (no-break spaces,
 * dashes, curly quotes) are decoded.  Tokens end only on character
 * boundaries, so offsets never split a UTF-8 sequence, even in invalid
 * text. */

#define LOWER_MAX 22

static const guint8 *byte_classes (void);
static const guchar *letter_folds (void);

void
timex_tokenizer_init (TimexTokenizer *tz,
                      const char     *text,
                      gsize           length)
{
  tz->text = text;
  tz->length = length;
  tz->pos = 0;
  tz->paragraph = TRUE;
  tz->classes = byte_classes ();
  tz->folds = letter_folds ();
}

/* Length of the character at P (1 for a byte that starts no valid
 * sequence) and its code point (U+FFFD when invalid). */
static guint
decode_char (const guchar *p,
             const guchar *end,
             gunichar     *cp)
{
  guint length;
  gunichar value;

  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    {
      length = 2;
      value = p[0] & 0x1f;
    }
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    {
      length = 3;
      value = p[0] & 0x0f;
    }
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    {
      length = 4;
      value = p[0] & 0x07;
    }
  else
    {
      *cp = 0xfffd;
      return 1;
    }
  if ((gsize) (end - p) < length)
    {
      *cp = 0xfffd;
      return 1;
    }
  for (guint k = 1; k < length; k++)
    {
      if ((p[k] & 0xc0) != 0x80)
        {
          *cp = 0xfffd;
          return 1;
        }
      value = (value << 6) | (p[k] & 0x3f);
    }
  *cp = value;
  return length;
}

/* What a non-ASCII character is to the grammar: ' ' a space, '-' a dash,
 * '\'' or '"' a quote, '.' an ellipsis, 0 a letter or symbol. */
static char
fold_special (gunichar cp)
{
  if (cp == 0x00a0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200b) ||
      cp == 0x202f || cp == 0x205f || cp == 0x3000 || cp == 0xfeff)
    return ' ';
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
    return '-';
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x02bc || cp == 0x2032)
    return '\'';
  if (cp == 0x201c || cp == 0x201d)
    return '"';
  if (cp == 0x2026)
    return '.';
  return 0;
}

/* Byte classes for the ASCII fast path. */
enum
{
  BC_PUNCT,
  BC_SPACE,
  BC_NEWLINE,
  BC_DIGIT,
  BC_UPPER,
  BC_LOWER,
  BC_HIGH,
};

static const guint8 *
byte_classes (void)
{
  static guint8 classes[256];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint b = 0; b < 256; b++)
        classes[b] = b >= 0x80 ? BC_HIGH : g_ascii_isdigit (b) ? BC_DIGIT :
                     g_ascii_isupper (b) ? BC_UPPER : g_ascii_islower (b) ? BC_LOWER :
                     b == '\n' ? BC_NEWLINE :
                     (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') ? BC_SPACE : BC_PUNCT;
      g_once_init_leave (&ready, 1);
    }
  return classes;
}

/* Skips white space; FALSE at the end of the text. */
static gboolean
skip_space (TimexTokenizer *tz,
            const guint8   *classes,
            guint8         *flags)
{
  const guchar *s = (const guchar *) tz->text;
  const guchar *end = s + tz->length;
  const guchar *p = s + tz->pos;
  guint newlines = 0;

  while (p < end)
    {
      guint8 cls = classes[*p];
      gunichar cp;
      guint length;

      if (cls == BC_SPACE)
        p++;
      else if (cls == BC_NEWLINE)
        {
          if (++newlines >= 2)
            tz->paragraph = TRUE;
          p++;
        }
      else if (cls == BC_HIGH && (length = decode_char (p, end, &cp)) > 0 && fold_special (cp) == ' ')
        p += length;
      else
        break;
      *flags |= TF_SPACE;
    }
  tz->pos = p - s;
  return p < end;
}

static void
scan_number (TimexTokenizer *tz,
             const guint8   *classes,
             TimexToken     *token)
{
  const guchar *s = (const guchar *) tz->text;
  const guchar *end = s + tz->length;
  const guchar *p = s + tz->pos;
  guint32 value = 0;

  for (; p < end && classes[*p] == BC_DIGIT; p++)
    value = value < 100000000 ? value * 10 + (*p - '0') : G_MAXUINT32;
  tz->pos = p - s;
  token->kind = TT_NUMBER;
  token->number = value;
}

/* Non-ASCII letters (and ASCII letters after them) make a word the
 * lexicons cannot hold. */
static void
scan_other (TimexTokenizer *tz,
            TimexToken     *token)
{
  const guchar *s = (const guchar *) tz->text;
  const guchar *end = s + tz->length;

  while (tz->pos < tz->length)
    {
      guchar c = s[tz->pos];
      gunichar cp;
      guint length;

      if (g_ascii_isalpha (c))
        {
          tz->pos++;
          continue;
        }
      if (c < 0x80)
        break;
      length = decode_char (s + tz->pos, end, &cp);
      if (fold_special (cp) != 0)
        break;
      tz->pos += length;
    }
  token->kind = TT_OTHER;
}

/* ASCII letters folded to lower case; 0 for every other byte. */
static const guchar *
letter_folds (void)
{
  static guchar folds[256];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint b = 0; b < 256; b++)
        folds[b] = g_ascii_isalpha (b) ? g_ascii_tolower (b) : 0;
      g_once_init_leave (&ready, 1);
    }
  return folds;
}

static void
scan_word (TimexTokenizer *tz,
           const guint8   *classes,
           TimexToken     *token)
{
  const guchar *folds = tz->folds;
  const guchar *s = (const guchar *) tz->text;
  const guchar *end = s + tz->length;
  const guchar *start = s + tz->pos;
  const guchar *p = start;
  guint32 hash = TIMEX_HASH_INIT;
  gsize length;

  /* the lexicons hold no word this long, so only its start is hashed */
  for (const guchar *stop = MIN (end, start + LOWER_MAX); p < stop && folds[*p] != 0; p++)
    hash = timex_hash_step (hash, folds[*p]);
  while (p < end && folds[*p] != 0)
    p++;
  tz->pos = p - s;
  length = p - start;
  if (p < end && classes[*p] == BC_HIGH)
    {
      gunichar cp;

      decode_char (p, end, &cp);
      if (fold_special (cp) == 0)
        {
          scan_other (tz, token);
          return;
        }
    }
  token->kind = TT_WORD;
  if (classes[*start] == BC_UPPER)
    {
      const guchar *q = start + 1;

      token->flags |= TF_CAPITAL;
      while (q < p && classes[*q] == BC_UPPER)
        q++;
      if (q == p && length > 1)
        token->flags |= TF_ALL_CAPS;
    }
  if (length < LOWER_MAX)
    token->word = timex_lexicon_lookup ((const char *) start, length, hash);
}

static void
scan_non_ascii (TimexTokenizer *tz,
                TimexToken     *token)
{
  const guchar *s = (const guchar *) tz->text;
  gunichar cp;
  guint length = decode_char (s + tz->pos, s + tz->length, &cp);
  char special = fold_special (cp);

  if (special != 0)
    {
      token->kind = TT_PUNCT;
      token->ch = special;
      tz->pos += length;
      return;
    }
  scan_other (tz, token);
}

static inline gboolean
next_token (TimexTokenizer *tz,
            TimexToken     *token)
{
  const guint8 *classes = tz->classes;
  const guchar *s = (const guchar *) tz->text;
  guint8 flags = 0;
  guint8 cls;

  if (!skip_space (tz, classes, &flags))
    return FALSE;
  if (tz->paragraph)
    flags |= TF_PARAGRAPH;
  tz->paragraph = FALSE;

  token->start = tz->pos;
  token->word = NULL;
  token->number = 0;
  token->flags = flags;
  token->ch = 0;
  cls = classes[s[tz->pos]];
  if (cls == BC_DIGIT)
    scan_number (tz, classes, token);
  else if (cls == BC_LOWER || cls == BC_UPPER)
    scan_word (tz, classes, token);
  else if (cls == BC_HIGH)
    scan_non_ascii (tz, token);
  else
    {
      token->kind = TT_PUNCT;
      token->ch = s[tz->pos];
      tz->pos++;
    }
  token->end = tz->pos;
  token->length = MIN (token->end - token->start, 255);
  return TRUE;
}

guint
timex_tokenizer_fill (TimexTokenizer *tz,
                      TimexToken     *tokens,
                      guint           n_tokens)
{
  /* the state in a local while the tokens are written: stores through
   * TOKENS would otherwise make the compiler reload it at every token */
  TimexTokenizer state = *tz;
  guint n = 0;

  while (n < n_tokens && next_token (&state, &tokens[n]))
    n++;
  *tz = state;
  return n;
}
