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
  for (gsize i = 0; i < n; i++)
    word[i] = g_ascii_tolower (text[start + i]);
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

static void
split_line (GArray     *spans,
            const char *text,
            gsize       line_start,
            gsize       line_end)
{
  gsize sentence_start = line_start;
  gsize last_clause = line_start, last_space = line_start;
  gsize i = line_start;

  while (i < line_end)
    {
      const char *p = text + i;
      gunichar c = g_utf8_get_char (p);
      gsize next = i + (g_utf8_next_char (p) - p);

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
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (ClaimlineSpan));
  gsize line_start = 0;

  g_return_val_if_fail (text != NULL || length == 0, spans);

  for (gsize i = 0; i <= length; i++)
    if (i == length || text[i] == '\n')
      {
        split_line (spans, text, line_start, i);
        line_start = i + 1;
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
          gsize next = next_char (text, i);

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
      g_array_append_val (spans, span);
    }
  return spans;
}

gsize
claimline_text_char_offset (const char *text,
                            gsize       from_byte,
                            gsize       from_char,
                            gsize       offset)
{
  g_return_val_if_fail (offset >= from_byte, from_char);

  return from_char + (gsize) g_utf8_strlen (text + from_byte, (gssize) (offset - from_byte));
}

GHashTable *
claimline_text_names (const char *text)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text;

  g_return_val_if_fail (text != NULL, names);

  while ((p = strpbrk (p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) != NULL)
    {
      const char *before = p;
      const char *end = p;

      while (before > text && (before[-1] == ' ' || before[-1] == '(' || before[-1] == '"'))
        before--;
      while (g_ascii_isalnum (*end) || *end == '-' || *end == '.')
        end++;
      if ((p == text || !g_ascii_isalnum (p[-1])) &&
          ((before > text && strchr (".!?:\n", before[-1]) == NULL) ||
           (end[0] == ' ' && g_ascii_isupper (end[1]))))
        {
          char *word = g_ascii_strdown (p, end - p);
          gsize n = strlen (word);

          while (n > 0 && word[n - 1] == '.')
            word[--n] = '\0';
          g_hash_table_insert (names, word,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (names, word)) + 1));
        }
      p = end > p ? end : p + 1;
    }
  return names;
}
