/* claimline-html-import.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-debris.h"
#include "claimline-html-import.h"
#include "claimline-readable.h"
#include "claimline-text-decode.h"

/* Pages declare their charset near the top; look no further than this. */
#define SNIFF_BYTES 4096

static const char *
skip_blank_and_comments (const char *p,
                         const char *end)
{
  for (;;)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p < 4 || strncmp (p, "<!--", 4) != 0)
        return p;
      p = g_strstr_len (p, end - p, "-->");
      if (p == NULL)
        return end;
      p += 3;
    }
}

gboolean
claimline_html_sniff (const char *data,
                      gsize       size)
{
  const char *end = data + size;
  const char *p = data;

  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  p = skip_blank_and_comments (p, end);
  return (end - p >= 14 && g_ascii_strncasecmp (p, "<!doctype html", 14) == 0)
         || (end - p >= 5 && g_ascii_strncasecmp (p, "<html", 5) == 0);
}

/* The value of "charset=" within one <meta> tag, or NULL. */
static char *
charset_in_tag (const char *tag,
                const char *tag_end)
{
  const char *p = g_strstr_len (tag, tag_end - tag, "charset");
  const char *value;

  if (p == NULL)
    return NULL;
  p += strlen ("charset");
  while (p < tag_end && (*p == ' ' || *p == '='))
    p++;
  while (p < tag_end && (*p == '"' || *p == '\''))
    p++;
  value = p;
  while (p < tag_end && (g_ascii_isalnum (*p) || strchr ("-_.:", *p) != NULL))
    p++;
  return p > value ? g_strndup (value, p - value) : NULL;
}

char *
claimline_html_sniff_charset (const char *data,
                              gsize       size)
{
  g_autofree char *head = NULL;
  const char *end;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  head = g_ascii_strdown (data, MIN (size, SNIFF_BYTES));
  end = head + strlen (head);
  for (const char *tag = strstr (head, "<meta"); tag != NULL; tag = strstr (tag + 1, "<meta"))
    {
      const char *tag_end = strchr (tag, '>');
      char *charset = charset_in_tag (tag, tag_end != NULL ? tag_end : end);

      if (charset != NULL)
        return charset;
    }
  return NULL;
}

/* The extractor's text, less the debris the import pipeline drops from
 * every article. */
static char *
clean_text (const char *text)
{
  g_autoptr(GPtrArray) paragraphs = claimline_text_split_paragraphs (text, FALSE);

  claimline_debris_remove (paragraphs);
  return claimline_text_join_paragraphs (paragraphs);
}

ClaimlineDocument *
claimline_html_import (const char  *text,
                       GError     **error)
{
  g_autoptr(ClaimlineReadable) readable = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  readable = claimline_readable_extract (text, strlen (text), NULL, error);
  if (readable == NULL)
    return NULL;

  document = claimline_document_new ();
  document->title = g_steal_pointer (&readable->title);
  document->outlet = g_steal_pointer (&readable->site_name);
  document->author = g_steal_pointer (&readable->byline);
  document->published = g_steal_pointer (&readable->published);
  document->text = clean_text (readable->text);
  return g_steal_pointer (&document);
}
