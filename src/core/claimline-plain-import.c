/* claimline-plain-import.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-date-parse.h"
#include "claimline-debris.h"
#include "claimline-plain-import.h"
#include "claimline-resources.h"
#include "claimline-text-decode.h"

/* A first line longer than this is article text, not a title. */
#define TITLE_MAX_CHARS 200
/* The stand-in title taken from such a line. */
#define HEADLINE_CHARS 120
/* Header values longer than these are sentences, not names. */
#define OUTLET_MAX_WORDS 8
#define AUTHOR_MAX_WORDS 6
/* Words of a byline name run into the text. */
#define BYLINE_MAX_WORDS 3

typedef enum
{
  HEADER_OUTLET,
  HEADER_AUTHOR,
  HEADER_PUBLISHED,
} HeaderField;

typedef struct
{
  HeaderField  field;
  char        *label;
} HeaderLabel;

typedef struct
{
  HeaderField  field;
  const char  *value;
  gboolean     colon;
} HeaderMatch;

static gboolean
parse_header_field (const char  *name,
                    HeaderField *out_field)
{
  if (g_str_equal (name, "outlet"))
    *out_field = HEADER_OUTLET;
  else if (g_str_equal (name, "author"))
    *out_field = HEADER_AUTHOR;
  else if (g_str_equal (name, "published"))
    *out_field = HEADER_PUBLISHED;
  else
    return FALSE;
  return TRUE;
}

/* The "FIELD: label" lines of the header-fields lexicon, parsed once and
 * kept, like the lexicon, for the life of the process. */
static const GPtrArray *
header_labels (void)
{
  static GPtrArray *labels;

  if (g_once_init_enter (&labels))
    {
      const GPtrArray *entries = claimline_resources_get_lexicon ("header-fields");
      GPtrArray *parsed = g_ptr_array_new ();

      for (guint i = 0; i < entries->len; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (entries, i), ":", 2);
          HeaderLabel *label;
          HeaderField field;

          if (g_strv_length (parts) != 2 || !parse_header_field (g_strstrip (parts[0]), &field))
            continue;
          label = g_new0 (HeaderLabel, 1);
          label->field = field;
          label->label = g_strdup (g_strstrip (parts[1]));
          g_ptr_array_add (parsed, label);
        }
      g_once_init_leave (&labels, parsed);
    }
  return labels;
}

static gboolean
is_byline_stop (const char *word)
{
  const GPtrArray *stops = claimline_resources_get_lexicon ("byline-stops");
  g_autofree char *lower = g_utf8_strdown (word, -1);

  for (guint i = 0; i < stops->len; i++)
    if (g_str_equal (lower, g_ptr_array_index (stops, i)))
      return TRUE;
  return FALSE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

/* "Label: value", "Label value", "Posted on value". */
static gboolean
match_header_label (const char  *line,
                    HeaderMatch *match)
{
  const GPtrArray *labels = header_labels ();

  for (guint i = 0; i < labels->len; i++)
    {
      const HeaderLabel *label = g_ptr_array_index (labels, i);
      gsize length = strlen (label->label);
      const char *p = line + length;

      if (g_ascii_strncasecmp (line, label->label, length) != 0 || (*p != ':' && *p != ' '))
        continue;

      p = skip_spaces (p);
      match->colon = *p == ':';
      if (match->colon)
        p = skip_spaces (p + 1);
      if (label->field == HEADER_PUBLISHED && g_ascii_strncasecmp (p, "on ", 3) == 0)
        p = skip_spaces (p + 3);

      match->field = label->field;
      match->value = p;
      return TRUE;
    }
  return FALSE;
}

static void
set_if_unset (char       **field,
              const char  *value)
{
  if (*field == NULL)
    *field = g_strdup (value);
}

/* Applies LINE to DOCUMENT if it is a header line.  Before the title only
 * unambiguous forms count: "Label: value" and a date. */
/* The publication date, once; remembers whether it was written in a way
 * that reads either day or month first. */
static void
set_published (ClaimlineDocument *document,
               const char        *date,
               const char        *written)
{
  if (document->published != NULL)
    return;
  document->published = g_strdup (date);
  document->published_ambiguous = claimline_date_is_ambiguous (written);
}

static gboolean
apply_header_line (ClaimlineDocument *document,
                   const char        *line,
                   gboolean           before_title)
{
  HeaderMatch match;
  g_autofree char *date = NULL;
  guint words;

  if (!match_header_label (line, &match) || *match.value == '\0')
    return FALSE;
  words = claimline_text_count_words (match.value);

  switch (match.field)
    {
    case HEADER_OUTLET:
      if (!match.colon || words > OUTLET_MAX_WORDS)
        return FALSE;
      set_if_unset (&document->outlet, match.value);
      return TRUE;

    case HEADER_AUTHOR:
      if ((before_title && !match.colon) || words > AUTHOR_MAX_WORDS
          || claimline_text_ends_sentence (match.value))
        return FALSE;
      set_if_unset (&document->author, match.value);
      return TRUE;

    case HEADER_PUBLISHED:
      date = claimline_date_parse (match.value);
      if (date == NULL)
        return FALSE;
      set_published (document, date, match.value);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* A title or name without the full stop, comma or separator that joined
 * it to what followed. */
static char *
clean_title (const char *text,
             gsize       length)
{
  char *title = g_strndup (text, length);

  g_strchomp (title);
  length = strlen (title);
  while (length > 0 && strchr ("|-:, ", title[length - 1]) != NULL)
    title[--length] = '\0';
  if (length > 1 && title[length - 1] == '.' && title[length - 2] != '.')
    title[--length] = '\0';
  return g_strchomp (title);
}

/* "date 2025-06-08 TITLE": a dated title line. */
static gboolean
read_dated_title (ClaimlineDocument *document,
                  const char        *line)
{
  HeaderMatch match;
  g_autofree char *date = NULL;
  const char *rest = NULL;

  if (!match_header_label (line, &match) || match.field != HEADER_PUBLISHED)
    return FALSE;
  date = claimline_date_scan (match.value, &rest);
  if (date == NULL)
    return FALSE;
  rest = skip_spaces (rest);
  while (*rest == '|' || *rest == '-' || *rest == ':')
    rest = skip_spaces (rest + 1);
  if (*rest == '\0')
    return FALSE;

  set_published (document, date, match.value);
  document->title = g_strdup (rest);
  return TRUE;
}

/* "By NAME" at the start of TEXT, run into what follows: the name is its
 * first word and the capitalised words after it, up to a stop word.
 * Returns where the text after the name starts. */
static const char *
read_run_on_byline (ClaimlineDocument *document,
                    const char        *text)
{
  HeaderMatch match;
  const char *p;
  const char *name_end;
  guint words = 0;

  if (!match_header_label (text, &match) || match.field != HEADER_AUTHOR || match.colon)
    return text;

  p = name_end = match.value;
  while (*p != '\0' && words < BYLINE_MAX_WORDS)
    {
      const char *word_end = strchr (p, ' ');
      g_autofree char *word = NULL;

      if (word_end == NULL)
        word_end = p + strlen (p);
      word = g_strndup (p, word_end - p);
      if (words > 0 && (is_byline_stop (word) || !g_unichar_isupper (g_utf8_get_char (word))))
        break;
      words++;
      name_end = word_end;
      if (word_end[-1] == ',')
        break;
      p = skip_spaces (word_end);
    }
  if (words == 0)
    return text;

  g_clear_pointer (&document->author, g_free);
  document->author = clean_title (match.value, name_end - match.value);
  return skip_spaces (name_end);
}

/* "TITLE. Posted on 06/09/2025 By NAME On ... body": title, date, byline
 * and text on one line.  Appends the text to BODY. */
static gboolean
read_run_on_header (ClaimlineDocument *document,
                    const char        *line,
                    GString           *body)
{
  for (const char *space = strchr (line, ' '); space != NULL; space = strchr (space + 1, ' '))
    {
      HeaderMatch match;
      g_autofree char *date = NULL;
      const char *rest = NULL;

      /* The header starts a new sentence or follows a separator. */
      if (space == line || strchr (".!?|", space[-1]) == NULL)
        continue;
      if (!match_header_label (space + 1, &match) || match.field != HEADER_PUBLISHED)
        continue;
      date = claimline_date_scan (match.value, &rest);
      if (date == NULL)
        continue;

      set_published (document, date, match.value);
      document->title = clean_title (line, space - line);
      rest = read_run_on_byline (document, skip_spaces (rest));
      g_string_append_printf (body, "%s\n", rest);
      return TRUE;
    }
  return FALSE;
}

static void
read_title_line (ClaimlineDocument *document,
                 const char        *line,
                 GString           *body)
{
  if (read_dated_title (document, line) || read_run_on_header (document, line, body))
    return;

  /* A whole article on one line: its first sentence stands for the title. */
  if (g_utf8_strlen (line, -1) > TITLE_MAX_CHARS)
    {
      document->title = claimline_text_headline (line, HEADLINE_CHARS);
      g_string_append_printf (body, "%s\n", line);
      return;
    }
  document->title = g_strdup (line);
}

/* Title and header lines; returns the index of the first line of text. */
static guint
read_head (ClaimlineDocument *document,
           GStrv              lines,
           GString           *body)
{
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0' || apply_header_line (document, line, document->title == NULL))
        continue;
      if (document->title != NULL)
        break;
      read_title_line (document, line, body);
    }
  return i;
}

ClaimlineDocument *
claimline_plain_import (const char *normalised)
{
  g_autoptr(ClaimlineDocument) document = claimline_document_new ();
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (normalised != NULL, NULL);

  lines = g_strsplit (normalised, "\n", -1);
  for (guint i = read_head (document, lines, body); lines[i] != NULL; i++)
    g_string_append_printf (body, "%s\n", lines[i]);

  paragraphs = claimline_text_split_paragraphs (body->str, TRUE);
  claimline_debris_remove (paragraphs);
  document->text = claimline_text_join_paragraphs (paragraphs);

  /* Only headers: the title is all the text there is. */
  if (document->title == NULL)
    document->title = g_strdup ("");
  if (*document->text == '\0')
    {
      g_free (document->text);
      document->text = g_strdup (document->title);
    }
  return g_steal_pointer (&document);
}
