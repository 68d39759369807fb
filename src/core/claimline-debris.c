/* claimline-debris.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-debris.h"
#include "claimline-resources.h"
#include "claimline-text-decode.h"

/* Debris lines are short; longer paragraphs are never compared with cues. */
#define CUE_MAX_WORDS 16
/* A real paragraph holds at least one short sentence. */
#define BODY_MIN_WORDS 6
/* Label lines after the text ("Categories", "Filed in Business"). */
#define LABEL_MAX_WORDS 8
/* A section tag glued after the last sentence ("World News"). */
#define TAG_MAX_WORDS 3

typedef enum
{
  DEBRIS_CUE_CUT,
  DEBRIS_CUE_DROP,
} DebrisCueKind;

typedef struct
{
  DebrisCueKind  kind;
  GPatternSpec  *pattern;
} DebrisCue;

static gboolean
parse_cue_kind (const char    *kind,
                DebrisCueKind *out_kind)
{
  if (g_str_equal (kind, "cut"))
    *out_kind = DEBRIS_CUE_CUT;
  else if (g_str_equal (kind, "drop"))
    *out_kind = DEBRIS_CUE_DROP;
  else
    return FALSE;
  return TRUE;
}

static DebrisCue *
parse_cue (const char *entry)
{
  g_auto(GStrv) parts = g_strsplit (entry, ":", 2);
  DebrisCueKind kind;
  DebrisCue *cue;

  if (g_strv_length (parts) != 2 || !parse_cue_kind (g_strstrip (parts[0]), &kind))
    {
      g_warning ("Malformed debris cue: %s", entry);
      return NULL;
    }

  cue = g_new0 (DebrisCue, 1);
  cue->kind = kind;
  cue->pattern = g_pattern_spec_new (g_strstrip (parts[1]));
  return cue;
}

/* The cues of the lexicon, compiled once; like the lexicon itself they
 * live as long as the process. */
static const GPtrArray *
debris_cues (void)
{
  static GPtrArray *cues;

  if (g_once_init_enter (&cues))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("debris-cues");
      GPtrArray *parsed = g_ptr_array_new ();

      for (guint i = 0; i < entries->len; i++)
        {
          DebrisCue *cue = parse_cue (g_ptr_array_index (entries, i));

          if (cue != NULL)
            g_ptr_array_add (parsed, cue);
        }
      g_once_init_leave (&cues, parsed);
    }
  return cues;
}

static gboolean
is_bullet (gunichar c)
{
  return c == ' ' || c == '*' || c == '-' || c == '>' || c == '|' || c == 0x2022
         || c == 0x00B7 || c == 0x00BB || c == 0x203A || c == 0x2192 || c == 0x2013
         || c == 0x2014;
}

/* PARAGRAPH in the form cues are written in: lower case, "…" as "...",
 * without the bullets or arrows of a menu in front. */
static char *
cue_key (const char *paragraph)
{
  g_autofree char *lower = g_utf8_strdown (paragraph, -1);
  GString *key = g_string_new (NULL);
  const char *p = lower;

  while (*p != '\0' && is_bullet (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2026)
        g_string_append (key, "...");
      else
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* KEY without the punctuation a menu item or heading may end with. */
static char *
cue_key_bare (const char *key)
{
  char *bare = g_strdup (key);
  gsize length = strlen (bare);

  while (length > 0 && strchr (" .:!?|>*-", bare[length - 1]) != NULL)
    bare[--length] = '\0';
  return bare;
}

static gboolean
matches_cue (const char    *paragraph,
             DebrisCueKind  kind)
{
  const GPtrArray *cues = debris_cues ();
  g_autofree char *key = NULL;
  g_autofree char *bare = NULL;

  if (claimline_text_count_words (paragraph) > CUE_MAX_WORDS)
    return FALSE;

  key = cue_key (paragraph);
  bare = cue_key_bare (key);
  for (guint i = 0; i < cues->len; i++)
    {
      const DebrisCue *cue = g_ptr_array_index (cues, i);

      if (cue->kind == kind
          && (g_pattern_spec_match_string (cue->pattern, key)
              || g_pattern_spec_match_string (cue->pattern, bare)))
        return TRUE;
    }
  return FALSE;
}

/* A "cut" cue is a heading ("You may also like"), never a sentence. */
static gboolean
is_cut_cue (const char *paragraph)
{
  return !claimline_text_ends_sentence (paragraph) && matches_cue (paragraph, DEBRIS_CUE_CUT);
}

static gboolean
is_body_paragraph (const char *paragraph)
{
  return claimline_text_count_words (paragraph) >= BODY_MIN_WORDS
         && claimline_text_ends_sentence (paragraph);
}

/* Everything from the first cut cue on, once article text came before it:
 * teaser lists and comment sections follow the article, never precede it. */
static void
cut_page_tail (GPtrArray *paragraphs)
{
  gboolean seen_body = FALSE;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);

      if (seen_body && is_cut_cue (paragraph))
        {
          g_ptr_array_set_size (paragraphs, i);
          return;
        }
      seen_body = seen_body || is_body_paragraph (paragraph);
    }
}

/* Drop cues anywhere, and cut cues left above the article text. */
static void
drop_cue_paragraphs (GPtrArray *paragraphs)
{
  for (guint i = paragraphs->len; i > 0; i--)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i - 1);

      if (matches_cue (paragraph, DEBRIS_CUE_DROP) || is_cut_cue (paragraph))
        g_ptr_array_remove_index (paragraphs, i - 1);
    }
}

/* Short lines without sentence punctuation after the last real paragraph
 * are tags, category lists and buttons.  The same lines between two real
 * paragraphs are subheadings and stay. */
static void
drop_trailing_labels (GPtrArray *paragraphs)
{
  guint last_body = paragraphs->len;

  for (guint i = paragraphs->len; i > 0; i--)
    if (is_body_paragraph (g_ptr_array_index (paragraphs, i - 1)))
      {
        last_body = i - 1;
        break;
      }
  if (last_body == paragraphs->len)
    return;

  for (guint i = paragraphs->len - 1; i > last_body; i--)
    {
      const char *paragraph = g_ptr_array_index (paragraphs, i);

      if (claimline_text_count_words (paragraph) <= LABEL_MAX_WORDS
          && !claimline_text_ends_sentence (paragraph))
        g_ptr_array_remove_index (paragraphs, i);
    }
}

/* A capitalised word of letters ("News", "Tech", "M&A"). */
static gboolean
is_tag_word (const char *word)
{
  if (!g_unichar_isupper (g_utf8_get_char (word)))
    return FALSE;
  for (const char *p = word; *p != '\0' && *p != ' '; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c) && c != '&' && c != '-')
        return FALSE;
    }
  return TRUE;
}

/* The text before a glued tag must end a real sentence, not an initial or
 * an abbreviation ("J.", "U.S.") that a capitalised name may follow. */
static gboolean
is_sentence_before_tag (const char *head)
{
  const char *last_word = strrchr (head, ' ');
  const char *stop;

  last_word = last_word != NULL ? last_word + 1 : head;
  /* Just past the final stop, closing brackets and quotes aside. */
  stop = last_word + strlen (last_word);
  while (stop > last_word && strchr (".!?", stop[-1]) == NULL)
    stop--;

  return claimline_text_count_words (head) >= BODY_MIN_WORDS
         && claimline_text_ends_sentence (head)
         && stop - last_word > 2
         && memchr (last_word, '.', stop - last_word - 1) == NULL;
}

static void
strip_glued_tag (GPtrArray *paragraphs)
{
  char *last;
  const char *end;

  if (paragraphs->len == 0)
    return;
  last = g_ptr_array_index (paragraphs, paragraphs->len - 1);
  if (claimline_text_ends_sentence (last))
    return;

  end = last + strlen (last);
  for (guint words = 1; words <= TAG_MAX_WORDS; words++)
    {
      char *space = g_utf8_strrchr (last, end - last, ' ');
      g_autofree char *head = NULL;

      if (space == NULL || !is_tag_word (space + 1))
        return;
      head = g_strndup (last, space - last);
      if (is_sentence_before_tag (head))
        {
          *space = '\0';
          return;
        }
      end = space;
    }
}

void
claimline_debris_remove (GPtrArray *paragraphs)
{
  g_return_if_fail (paragraphs != NULL);

  cut_page_tail (paragraphs);
  drop_cue_paragraphs (paragraphs);
  drop_trailing_labels (paragraphs);
  strip_glued_tag (paragraphs);
}
