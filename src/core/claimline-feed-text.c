/* claimline-feed-text.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-feed-private.h"
#include "claimline-html-import.h"
#include "claimline-text-decode.h"

/* A feed's HTML is a fragment: it goes into the body of a page of its own,
 * whose title (a private-use character) can never match, and so never
 * remove, a heading of the fragment. */
#define FRAGMENT_HEAD "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" \
                      "<title>\xee\x80\x80</title></head><body>"
#define FRAGMENT_TAIL "</body></html>"

/* Link schemes that are safe to offer a reader. */
static const char * const safe_schemes[] = {
  "http", "https", "ftp", "ftps", "mailto", "news", "nntp", "magnet", "gopher", "gemini",
};

/* What Windows-1252 means by the C1 code points that feeds carry
 * (numeric references such as &#146; written from Windows text). */
static const gunichar windows_1252_c1[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* A character of TEXT, or a numeric character reference when HTML is
 * set, with where it ends; 0 for anything else. */
static gunichar
next_code_point (const char  *p,
                 gboolean     html,
                 const char **out_next)
{
  if (html && p[0] == '&' && p[1] == '#')
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      char *end = NULL;
      guint64 value = g_ascii_strtoull (p + (hex ? 3 : 2), &end, hex ? 16 : 10);

      if (end != p + (hex ? 3 : 2) && *end == ';' && value > 0 && value <= 0x10FFFF)
        {
          *out_next = end + 1;
          return (gunichar) value;
        }
    }
  if ((guchar) *p < 0x80)
    {
      *out_next = p + 1;
      return 0;
    }
  *out_next = g_utf8_next_char (p);
  return g_utf8_get_char (p);
}

/* Whether TEXT is UTF-8 that was once read as Latin-1 and written out
 * again ("â€¦" for "…"): every run of non-ASCII characters is Latin-1,
 * and as bytes, each run is valid multi-byte UTF-8. */
static gboolean
is_double_encoded (const char *text,
                   gboolean    html)
{
  g_autoptr(GByteArray) run = g_byte_array_new ();
  gboolean any = FALSE;

  for (const char *p = text; ; )
    {
      const char *next;
      gunichar c = *p != '\0' ? next_code_point (p, html, &next) : 0;

      if (c >= 0x80)
        {
          guint8 byte = (guint8) c;

          if (c > 0xFF)
            return FALSE;
          g_byte_array_append (run, &byte, 1);
        }
      else if (run->len > 0)
        {
          if (run->len < 2 || !g_utf8_validate_len ((const char *) run->data, run->len, NULL))
            return FALSE;
          any = TRUE;
          g_byte_array_set_size (run, 0);
        }
      if (*p == '\0')
        return any;
      p = next;
    }
}

static void
append_code_point (GString  *out,
                   gunichar  c)
{
  if (c >= 0x80 && c < 0xA0)
    c = windows_1252_c1[c - 0x80];
  g_string_append_unichar (out, c);
}

/* TEXT with double-encoded UTF-8 restored and C1 characters read as the
 * Windows-1252 punctuation they stand for; with HTML set, numeric
 * character references count as characters. */
static char *
repair_code_points (const char *text,
                    gboolean    html)
{
  gboolean double_encoded = is_double_encoded (text, html);
  g_autoptr(GByteArray) run = g_byte_array_new ();
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; ; )
    {
      const char *next = p;
      gunichar c = *p != '\0' ? next_code_point (p, html, &next) : 0;
      guint8 byte = (guint8) c;

      if (double_encoded && c >= 0x80)
        g_byte_array_append (run, &byte, 1);
      else
        {
          if (run->len > 0)
            g_string_append_len (out, (const char *) run->data, run->len);
          g_byte_array_set_size (run, 0);
          if (*p == '\0')
            break;
          if (c >= 0x80)
            append_code_point (out, c);
          else
            g_string_append_len (out, p, next - p);
        }
      p = next;
    }
  return g_string_free (out, FALSE);
}

static char *
null_if_blank (char *text)
{
  if (text != NULL && claimline_text_is_blank (text))
    g_clear_pointer (&text, g_free);
  /* A field lives as long as its feed, which may hold a million entries:
   * copied out of the buffer it was built in (128 bytes even for a
   * five-letter title). */
  if (text != NULL)
    {
      char *tight = g_strdup (text);

      g_free (text);
      text = tight;
    }
  return text;
}

/* Plain text of an HTML fragment through the import pipeline's own HTML
 * reader; NULL when nothing readable is left. */
char *
claimline_feed_text_from_html (const char *html)
{
  g_autofree char *repaired = NULL;
  g_autofree char *page = NULL;
  g_autoptr(ClaimlineDocument) document = NULL;

  if (html == NULL || claimline_text_is_blank (html))
    return NULL;

  repaired = repair_code_points (html, TRUE);
  page = g_strconcat (FRAGMENT_HEAD, repaired, FRAGMENT_TAIL, NULL);
  document = claimline_html_import (page, NULL);
  if (document == NULL)
    return NULL;
  return null_if_blank (g_steal_pointer (&document->text));
}

/* Plain text kept as it is, in the document text's paragraph layout. */
char *
claimline_feed_text_from_plain (const char *text)
{
  g_autofree char *repaired = NULL;
  g_autofree char *normalised = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;

  if (text == NULL || claimline_text_is_blank (text))
    return NULL;

  repaired = repair_code_points (text, FALSE);
  normalised = claimline_text_normalise (repaired);
  paragraphs = claimline_text_split_paragraphs (normalised, FALSE);
  return null_if_blank (claimline_text_join_paragraphs (paragraphs));
}

/* TEXT (taken) on one line; NULL when blank. */
char *
claimline_feed_text_line (char *text)
{
  char *line;

  if (text == NULL)
    return NULL;
  line = claimline_text_collapse (text);
  g_free (text);
  return null_if_blank (line);
}

/* Whether TEXT holds a tag or an entity: RSS does not say whether its
 * titles are text or HTML, and both kinds are common. */
gboolean
claimline_feed_text_looks_like_html (const char *text)
{
  for (const char *p = strpbrk (text, "<&"); p != NULL; p = strpbrk (p + 1, "<&"))
    {
      if (*p == '<' && (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!'))
        return TRUE;
      if (*p == '&' && (g_ascii_isalpha (p[1]) || p[1] == '#') && strchr (p, ';') != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
looks_like_address (const char *text)
{
  return strchr (text, '@') != NULL && strchr (text, ' ') == NULL;
}

/* A name from the RSS habit of "me@example.com (My Name)" and its
 * variants "My Name (me@example.com)" and "My Name <me@example.com>". */
char *
claimline_feed_text_author_name (const char *text)
{
  g_autofree char *line = NULL;
  char *open;
  gsize length;

  if (text == NULL)
    return NULL;
  line = claimline_text_collapse (text);
  if (g_str_has_prefix (line, "mailto:"))
    memmove (line, line + 7, strlen (line + 7) + 1);
  length = strlen (line);

  open = strrchr (line, '(');
  if (open != NULL && length > 0 && line[length - 1] == ')')
    {
      g_autofree char *inner = g_strndup (open + 1, line + length - 1 - (open + 1));
      g_autofree char *outer = g_strstrip (g_strndup (line, open - line));

      g_strstrip (inner);
      if (*outer != '\0' && looks_like_address (outer) && *inner != '\0')
        return g_steal_pointer (&inner);
      if (*outer != '\0' && looks_like_address (inner))
        return g_steal_pointer (&outer);
    }

  open = strchr (line, '<');
  if (open != NULL && open > line && length > 0 && line[length - 1] == '>')
    {
      *open = '\0';
      g_strstrip (line);
    }
  return null_if_blank (g_steal_pointer (&line));
}

static gboolean
is_safe_scheme (const char *scheme)
{
  for (gsize i = 0; i < G_N_ELEMENTS (safe_schemes); i++)
    if (g_ascii_strcasecmp (scheme, safe_schemes[i]) == 0)
      return TRUE;
  return FALSE;
}

/* REFERENCE made absolute against BASE (either may be NULL).  A URL in a
 * scheme a reader must not follow (javascript:, data:, file:…) gives
 * NULL; a relative one that cannot be resolved is kept as it is. */
char *
claimline_feed_text_resolve_url (const char *base,
                                 const char *reference)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *scheme = NULL;
  char *resolved = NULL;

  if (reference == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (reference));
  if (*trimmed == '\0' && base == NULL)
    return NULL;

  if (base != NULL)
    resolved = g_uri_resolve_relative (base, trimmed, G_URI_FLAGS_PARSE_RELAXED, NULL);
  if (resolved == NULL)
    resolved = g_steal_pointer (&trimmed);

  scheme = g_uri_parse_scheme (resolved);
  if (scheme != NULL && !is_safe_scheme (scheme))
    g_clear_pointer (&resolved, g_free);
  return resolved;
}

char *
claimline_feed_text_date (const char *text)
{
  g_autoptr(GDateTime) date = claimline_feed_parse_date (text);

  return date != NULL ? claimline_feed_format_date (date) : NULL;
}

/* A language tag as written, with the underscore some feeds use for the
 * hyphen ("en_US"). */
char *
claimline_feed_text_language (const char *text)
{
  char *language;

  if (text == NULL)
    return NULL;
  language = g_strstrip (g_strdup (text));
  g_strdelimit (language, "_", '-');
  return null_if_blank (language);
}

void
claimline_feed_text_add_category (GPtrArray *categories,
                                  char      *category)
{
  if (category == NULL)
    return;
  for (guint i = 0; i < categories->len; i++)
    if (g_str_equal (g_ptr_array_index (categories, i), category))
      {
        g_free (category);
        return;
      }
  g_ptr_array_add (categories, category);
}
