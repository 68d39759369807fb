/* claimline-text.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-resources.h"
#include "claimline-text.h"

static GHashTable *
abbreviations (void)
{
  static gsize initialised;
  static GHashTable *table;

  if (g_once_init_enter (&initialised))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("text-abbreviations");

      table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < entries->len; i++)
        g_hash_table_add (table, g_ptr_array_index (entries, i));
      g_once_init_leave (&initialised, 1);
    }
  return table;
}

static void
append_trimmed (GArray     *spans,
                const char *text,
                gsize       start,
                gsize       end)
{
  ClaimlineSpan span;

  while (start < end && g_ascii_isspace (text[start]))
    start++;
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (start == end)
    return;
  span.start = start;
  span.end = end;
  g_array_append_val (spans, span);
}

GArray *
claimline_text_paragraphs (const char *text,
                           gsize       length)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (ClaimlineSpan));
  gsize start = 0;

  g_return_val_if_fail (text != NULL || length == 0, spans);

  for (gsize i = 0; i < length; i++)
    {
      gsize j;

      if (text[i] != '\n')
        continue;
      /* A blank line (only spaces between two line breaks) ends a paragraph. */
      for (j = i + 1; j < length && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'); j++)
        ;
      if (j < length && text[j] == '\n')
        {
          append_trimmed (spans, text, start, i);
          start = j + 1;
          i = j;
        }
    }
  append_trimmed (spans, text, start, length);
  return spans;
}

static gboolean
is_closing (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return c == '"' || c == '\'' || c == ')' || c == ']' ||
         c == 0x201D /* ” */ || c == 0x2019 /* ’ */ || c == 0x00BB /* » */;
}

/* The word right before the full stop at DOT, lower-cased, dots inside kept. */
static gboolean
ends_with_abbreviation (const char *text,
                        gsize       line_start,
                        gsize       dot)
{
  gsize start = dot;
  char word[16];
  gsize n;

  while (start > line_start &&
         (g_ascii_isalpha (text[start - 1]) || text[start - 1] == '.'))
    start--;
  n = dot - start;
  if (n == 0)
    return FALSE;
  /* An initial: one capital letter ("J. Smith"). */
  if (n == 1 && g_ascii_isupper (text[start]))
    return TRUE;
  if (n >= sizeof word)
    return FALSE;
  /* letters and dots only: lower-cased without a call per byte */
  for (gsize i = 0; i < n; i++)
    word[i] = g_ascii_isupper (text[start + i]) ? text[start + i] + ('a' - 'A') : text[start + i];
  word[n] = '\0';
  return g_hash_table_contains (abbreviations (), word);
}

/* Whether the text after a stop at END starts a new sentence. */
static gboolean
starts_sentence (const char *text,
                 gsize       line_end,
                 gsize       end)
{
  gsize k = end;
  gunichar c;

  if (k >= line_end)
    return TRUE;
  if (!g_ascii_isspace (text[k]))
    return FALSE;
  while (k < line_end && g_ascii_isspace (text[k]))
    k++;
  if (k >= line_end)
    return TRUE;
  c = g_utf8_get_char (text + k);
  return !g_unichar_islower (c);
}

/* Longer "sentences" (a list without full stops, a page's worth of text on
 * one line) are cut at a comma or a space: what reads a sentence may look at
 * each of its words against the others, and real sentences stay far below. */
#define MAX_SENTENCE_BYTES 2048

/* ASCII bytes that neither end a sentence nor mark where to cut one: 1,
 * else 0 (in a table, as every byte of a text is asked). */
static const guint8 *
plain_bytes (void)
{
  static guint8 plain[256];
  static gsize ready;

  if (g_once_init_enter (&ready))
    {
      for (guint b = 0; b < 0x80; b++)
        plain[b] = b == 0 || strchr (" ,;:.!?", (int) b) == NULL;
      g_once_init_leave (&ready, 1);
    }
  return plain;
}

static void
split_line (GArray     *spans,
            const char *text,
            gsize       line_start,
            gsize       line_end)
{
  const guint8 *plain = plain_bytes ();
  gsize sentence_start = line_start;
  gsize last_clause = line_start, last_space = line_start;
  gsize i = line_start;

  while (i < line_end)
    {
      gsize limit = MIN (line_end, sentence_start + MAX_SENTENCE_BYTES);
      guchar byte;
      gunichar c;
      gsize next;

      /* Letters and digits change nothing below: step over them fast, and
       * over spaces, which only mark where a long sentence may be cut. */
      while (i < limit)
        {
          guchar b = (guchar) text[i];

          if (plain[b])
            i++;
          else if (b == ' ')
            last_space = ++i;
          else
            break;
        }
      if (i >= line_end)
        break;
      byte = (guchar) text[i];

      /* Most text is ASCII: decode only the rest. */
      if (byte < 0x80)
        {
          c = byte;
          next = i + 1;
        }
      else
        {
          c = g_utf8_get_char (text + i);
          next = i + g_utf8_skip[byte];
        }

      if (i - sentence_start >= MAX_SENTENCE_BYTES)
        {
          gsize cut = last_clause > sentence_start ? last_clause
                      : last_space > sentence_start ? last_space : i;

          append_trimmed (spans, text, sentence_start, cut);
          sentence_start = cut;
        }
      if (c == ',' || c == ';' || c == ':')
        last_clause = next;
      else if (c == ' ')
        last_space = next;

      if (c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */)
        {
          gsize end = next;

          while (end < line_end && (text[end] == '.' || text[end] == '!' || text[end] == '?'))
            end++;
          while (end < line_end && is_closing (text + end))
            end = g_utf8_next_char (text + end) - text;

          if (starts_sentence (text, line_end, end) &&
              !(c == '.' && end == next && ends_with_abbreviation (text, line_start, i) &&
                end < line_end))
            {
              append_trimmed (spans, text, sentence_start, end);
              sentence_start = end;
            }
          i = end;
          continue;
        }
      i = next;
    }
  append_trimmed (spans, text, sentence_start, line_end);
}

GArray *
claimline_text_sentences (const char *text,
                          gsize       length)
{
  GArray *spans;
  gsize line_start = 0;

  g_return_val_if_fail (text != NULL || length == 0,
                        g_array_new (FALSE, FALSE, sizeof (ClaimlineSpan)));

  /* room for sentences of 64 bytes, that the array seldom grows */
  spans = g_array_sized_new (FALSE, FALSE, sizeof (ClaimlineSpan), length / 64 + 1);
  while (line_start <= length)
    {
      const char *newline = memchr (text + line_start, '\n', length - line_start);
      gsize line_end = newline != NULL ? (gsize) (newline - text) : length;

      split_line (spans, text, line_start, line_end);
      line_start = line_end + 1;
    }
  return spans;
}

static inline gboolean
is_word_char (const char *p)
{
  gunichar c;

  /* Most text is ASCII: answer without decoding. */
  if ((guchar) *p < 0x80)
    return g_ascii_isalnum (*p);
  c = g_utf8_get_char (p);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Apostrophes, hyphens and dots join two word characters into one token. */
static inline gboolean
is_joiner (const char *p)
{
  if ((guchar) *p < 0x80)
    return *p == '\'' || *p == '-' || *p == '.';
  return g_utf8_get_char (p) == 0x2019 || g_utf8_get_char (p) == 0x2010;
}

static inline gsize
next_char (const char *text,
           gsize       i)
{
  return (guchar) text[i] < 0x80 ? i + 1 : (gsize) (g_utf8_next_char (text + i) - text);
}

GArray *
claimline_text_words (const char *text,
                      gsize       start,
                      gsize       end)
{
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (ClaimlineSpan), 32);

  claimline_text_append_words (spans, text, start, end);
  return spans;
}

void
claimline_text_append_words (GArray     *spans,
                             const char *text,
                             gsize       start,
                             gsize       end)
{
  ClaimlineSpan batch[64]; /* appended a batch at a time: a call per word costs */
  guint n_batch = 0;
  gsize i = start;

  while (i < end)
    {
      ClaimlineSpan span;

      if (!is_word_char (text + i))
        {
          i = next_char (text, i);
          continue;
        }
      span.start = i;
      for (;;)
        {
          gsize next;

          /* Runs of ASCII letters and digits, most of a word, the fast way. */
          if ((guchar) text[i] < 0x80)
            while (i + 1 < end && g_ascii_isalnum (text[i + 1]))
              i++;
          next = next_char (text, i);

          if (next < end && is_word_char (text + next))
            i = next;
          else if (next < end && is_joiner (text + next))
            {
              gsize after = next_char (text, next);

              if (after < end && is_word_char (text + after))
                i = after;
              else
                {
                  i = next;
                  break;
                }
            }
          else
            {
              i = next;
              break;
            }
        }
      span.end = i;
      batch[n_batch++] = span;
      if (n_batch == G_N_ELEMENTS (batch))
        {
          g_array_append_vals (spans, batch, n_batch);
          n_batch = 0;
        }
    }
  g_array_append_vals (spans, batch, n_batch);
}

gsize
claimline_text_char_offset (const char *text,
                            gsize       from_byte,
                            gsize       from_char,
                            gsize       offset)
{
  const guchar *p = (const guchar *) text + from_byte;
  const guchar *end = (const guchar *) text + offset;
  gsize n = 0;

  g_return_val_if_fail (offset >= from_byte, from_char);

  /* As g_utf8_strlen(): a character counts when it ends by OFFSET, and a
   * NUL stops the count; but ASCII needs no table look-up. */
  while (p < end)
    {
      const guchar *run = p;

      while (p < end && (guchar) (*p - 1) < 0x7f)
        p++;
      n += p - run;
      if (p >= end || *p == '\0')
        break;
      p += g_utf8_skip[*p];
      if (p <= end)
        n++;
    }
  return from_char + n;
}

/* The characters of a name token: "Meta", "U.S.", "Harrow-Finch". */
static inline gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '.';
}

static const char *
name_token_end (const char *p)
{
  while (is_name_char (*p))
    p++;
  return p;
}

/* Whether the token P..END (starting with a capital) counts as a name: it
 * starts a word, and does not just open a sentence unless another
 * capitalised word follows it ("Meta Platforms is …"). */
static gboolean
is_name_token (const char *text,
               const char *p,
               const char *end)
{
  const char *before = p;

  while (before > text && (before[-1] == ' ' || before[-1] == '(' || before[-1] == '"'))
    before--;
  return (p == text || !g_ascii_isalnum (p[-1])) &&
         ((before > text && strchr (".!?:\n", before[-1]) == NULL) ||
          (end[0] == ' ' && g_ascii_isupper (end[1])));
}

/* The token P..END lower-cased into WORD (N + 1 bytes), trailing full stops
 * dropped; returns its length. */
static gsize
lower_name (const char *p,
            gsize       n,
            char       *word)
{
  for (gsize i = 0; i < n; i++)
    word[i] = p[i] >= 'A' && p[i] <= 'Z' ? p[i] + ('a' - 'A') : p[i];
  while (n > 0 && word[n - 1] == '.')
    n--;
  word[n] = '\0';
  return n;
}

/* Adds one to the count of the name token of N bytes at P; copies it only
 * when it is new. */
static void
count_name (GHashTable *names,
            const char *p,
            gsize       n)
{
  char small[64];
  g_autofree char *large = NULL;
  char *word = n < sizeof small ? small : (large = g_malloc (n + 1));
  gpointer key, count;

  n = lower_name (p, n, word);
  if (g_hash_table_steal_extended (names, word, &key, &count))
    g_hash_table_insert (names, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
  else
    g_hash_table_insert (names, g_strndup (word, n), GUINT_TO_POINTER (1));
}

GHashTable *
claimline_text_names (const char *text)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, names);

  for (;;)
    {
      const char *end;

      while (*p != '\0' && !(*p >= 'A' && *p <= 'Z'))
        p++;
      if (*p == '\0')
        break;
      end = name_token_end (p);
      if (is_name_token (text, p, end))
        count_name (names, p, end - p);
      p = end > p ? end : p + 1;
    }
  return names;
}

gboolean
claimline_text_has_name (const char *text,
                         const char *word)
{
  gsize n = strlen (word);
  char capital;

  g_return_val_if_fail (text != NULL && word != NULL, FALSE);

  /* Name tokens start with a capital, so their lower-case form with a
   * lower-case letter: only its capital needs looking for. */
  if (word[0] < 'a' || word[0] > 'z')
    return FALSE;
  capital = word[0] - ('a' - 'A');
  for (const char *p = strchr (text, capital); p != NULL; p = strchr (p + 1, capital))
    {
      const char *start = p;
      const char *end;
      char small[64];
      g_autofree char *large = NULL;
      char *lower;

      /* In a run of name characters, claimline_text_names() reads one
       * token from the first capital on: a later capital starts none. */
      while (start > text && is_name_char (start[-1]) && !(start[-1] >= 'A' && start[-1] <= 'Z'))
        start--;
      if (start > text && start[-1] >= 'A' && start[-1] <= 'Z')
        continue;
      end = name_token_end (p);
      /* trailing full stops are dropped, so the token may be longer */
      if ((gsize) (end - p) < n || !is_name_token (text, p, end))
        continue;
      lower = (gsize) (end - p) < sizeof small ? small : (large = g_malloc (end - p + 1));
      if (lower_name (p, end - p, lower) == n && memcmp (lower, word, n) == 0)
        return TRUE;
    }
  return FALSE;
}
