/* claimline-feed-encoding.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-error.h"
#include "claimline-feed-private.h"

/* The XML declaration sits at the very start; no need to look further. */
#define DECLARATION_MAX 512

/* What Windows-1252 puts at 0x80-0x9F; the five holes keep their C1 code. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/* Any byte is a Windows-1252 character, so this never fails; stray NULs,
 * which no text holds, are dropped. */
static char *
decode_windows_1252 (const guchar *data,
                     gsize         size)
{
  GString *out = g_string_sized_new (size + size / 8);

  for (gsize i = 0; i < size; i++)
    {
      if (data[i] == 0)
        continue;
      if (data[i] < 0x80)
        g_string_append_c (out, (char) data[i]);
      else if (data[i] < 0xA0)
        g_string_append_unichar (out, windows_1252_high[data[i] - 0x80]);
      else
        g_string_append_unichar (out, data[i]);
    }
  return g_string_free (out, FALSE);
}

/* A byte order mark: the charset it stands for and its length. */
static const char *
bom_charset (const guchar *data,
             gsize         size,
             gsize        *out_length)
{
  static const struct { const char *bytes; gsize length; const char *charset; } marks[] = {
    { "\x00\x00\xFE\xFF", 4, "utf-32be" },
    { "\xFF\xFE\x00\x00", 4, "utf-32le" },
    { "\xEF\xBB\xBF", 3, "utf-8" },
    { "\xFE\xFF", 2, "utf-16be" },
    { "\xFF\xFE", 2, "utf-16le" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    if (size >= marks[i].length && memcmp (data, marks[i].bytes, marks[i].length) == 0)
      {
        *out_length = marks[i].length;
        return marks[i].charset;
      }
  *out_length = 0;
  return NULL;
}

/* UTF-16 and UTF-32 without a mark, told by where the NULs of the first
 * character, '<', fall. */
static const char *
wide_charset (const guchar *data,
              gsize         size)
{
  if (size < 4)
    return NULL;
  if (data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] == '<')
    return "utf-32be";
  if (data[0] == '<' && data[1] == 0 && data[2] == 0 && data[3] == 0)
    return "utf-32le";
  if (data[0] == 0 && data[1] == '<')
    return "utf-16be";
  if (data[0] == '<' && data[1] == 0)
    return "utf-16le";
  return NULL;
}

/* The encoding="…" of an XML declaration at the start of DATA. */
static char *
declared_charset (const char *data,
                  gsize       size)
{
  g_autofree char *head = g_strndup (data, MIN (size, DECLARATION_MAX));
  const char *end;
  const char *p;
  char quote;

  if (!g_str_has_prefix (head, "<?xml"))
    return NULL;
  end = strstr (head, "?>");
  p = strstr (head, "encoding");
  if (p == NULL || (end != NULL && p > end))
    return NULL;
  p += strlen ("encoding");
  while (g_ascii_isspace (*p) || *p == '=')
    p++;
  quote = *p;
  if (quote != '"' && quote != '\'')
    return NULL;
  end = strchr (p + 1, quote);
  return end != NULL && end > p + 1 ? g_ascii_strdown (p + 1, end - p - 1) : NULL;
}

/* The charset parameter of a Content-Type, quotes and spaces aside:
 * "text/xml; charset = 'us-ascii'". */
static char *
content_type_charset (const char *content_type)
{
  g_auto(GStrv) parameters = NULL;

  if (content_type == NULL)
    return NULL;

  parameters = g_strsplit (content_type, ";", -1);
  for (guint i = 1; parameters[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (parameters[i], "=", 2);
      char *value;

      if (g_strv_length (pair) != 2
          || g_ascii_strcasecmp (g_strstrip (pair[0]), "charset") != 0)
        continue;
      value = g_strstrip (pair[1]);
      value = g_strdelimit (value, "\"'", ' ');
      value = g_strstrip (value);
      if (*value != '\0')
        return g_ascii_strdown (value, -1);
    }
  return NULL;
}

static char *
media_type (const char *content_type)
{
  const char *end;

  if (content_type == NULL)
    return NULL;
  end = strchr (content_type, ';');
  return g_strstrip (g_ascii_strdown (content_type, end != NULL ? end - content_type : -1));
}

/* text/xml, text/rss+xml, text/xml-external-parsed-entity… */
static gboolean
is_text_xml_type (const char *type)
{
  return type != NULL && g_str_has_prefix (type, "text/")
         && (strstr (type, "xml") != NULL);
}

/* Text in an 8-bit charset has next to no NUL bytes. */
static gboolean
looks_binary (const guchar *data,
              gsize         size)
{
  gsize nul = 0;

  for (gsize i = 0; i < size; i++)
    nul += data[i] == 0;
  return nul > 0 && nul * 100 >= size;
}

static gboolean
is_ascii (const guchar *data,
          gsize         size)
{
  for (gsize i = 0; i < size; i++)
    if (data[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* The name a charset is reported under: one spelling per charset, and
 * GB2312 read as its superset GB18030. */
static char *
canonical_charset (const char *charset)
{
  static const struct { const char *alias; const char *name; } aliases[] = {
    { "utf8", "utf-8" }, { "ascii", "us-ascii" }, { "latin1", "iso-8859-1" },
    { "latin-1", "iso-8859-1" }, { "iso8859-1", "iso-8859-1" }, { "iso_8859-1", "iso-8859-1" },
    { "gb2312", "gb18030" }, { "gbk", "gb18030" }, { "cp1252", "windows-1252" },
    { "utf-16", "utf-16be" }, { "utf-32", "utf-32be" }, { "ucs-2", "utf-16be" },
  };
  g_autofree char *lower = g_ascii_strdown (charset, -1);

  for (gsize i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (lower, aliases[i].alias))
      return g_strdup (aliases[i].name);
  return g_steal_pointer (&lower);
}

/* Latin-1 and ASCII labels are read as Windows-1252, as browsers do: the
 * same printable characters, and the C1 bytes become the punctuation their
 * writers meant. */
static gboolean
is_windows_1252_family (const char *charset)
{
  return g_str_equal (charset, "iso-8859-1") || g_str_equal (charset, "us-ascii")
         || g_str_equal (charset, "windows-1252");
}

/* DATA as UTF-8 text: DATA itself when it is valid UTF-8 already, else a
 * converted copy, which is also stored in *OUT_OWNED; NULL when DATA is
 * not text in CHARSET. */
static const char *
convert (const guchar  *data,
         gsize          size,
         const char    *charset,
         char         **out_owned,
         gsize         *out_length)
{
  g_autofree char *text = NULL;
  gsize written = 0;

  if (is_windows_1252_family (charset))
    {
      *out_owned = decode_windows_1252 (data, size);
      *out_length = strlen (*out_owned);
      return *out_owned;
    }
  if (g_str_equal (charset, "utf-8"))
    {
      /* Valid UTF-8 holds no NUL either. */
      if (!g_utf8_validate_len ((const char *) data, size, NULL))
        return NULL;
      *out_length = size;
      return (const char *) data;
    }

  text = g_convert ((const char *) data, size, "UTF-8", charset, NULL, &written, NULL);
  if (text == NULL || !g_utf8_validate_len (text, written, NULL) || memchr (text, 0, written))
    return NULL;
  *out_length = written;
  *out_owned = g_steal_pointer (&text);
  return *out_owned;
}

/* Which charset to try first: a mark, then the HTTP charset, then the
 * document's own declaration, then the RFC 3023 rule that text/xml
 * without a charset is ASCII (followed only when the bytes agree, since
 * servers label UTF-8 feeds text/xml all the time), then UTF-8. */
static char *
choose_charset (const guchar *data,
                gsize         size,
                const char   *content_type,
                gsize        *out_skip)
{
  g_autofree char *type = media_type (content_type);
  g_autofree char *http = content_type_charset (content_type);
  g_autofree char *declared = NULL;
  const char *detected = bom_charset (data, size, out_skip);

  if (detected != NULL)
    return g_strdup (detected);
  detected = wide_charset (data, size);
  if (detected != NULL)
    return g_strdup (detected);

  if (http != NULL)
    return canonical_charset (http);
  declared = declared_charset ((const char *) data, size);
  if (is_text_xml_type (type) && is_ascii (data, size))
    return g_strdup ("us-ascii");
  return canonical_charset (declared != NULL ? declared : "utf-8");
}

const char *
claimline_feed_decode_view (GBytes      *bytes,
                            const char  *content_type,
                            char       **out_encoding,
                            gboolean    *out_recovered,
                            char       **out_owned,
                            gsize       *out_length,
                            GError     **error)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree char *charset = NULL;
  gsize skip = 0;
  const char *text;

  *out_owned = NULL;
  if (data == NULL)
    data = (const guchar *) "";

  charset = choose_charset (data, size, content_type, &skip);
  if (!g_str_has_prefix (charset, "utf-16") && !g_str_has_prefix (charset, "utf-32")
      && looks_binary (data, size))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING,
                   "The feed is binary data, not text");
      return NULL;
    }
  text = convert (data + skip, size - skip, charset, out_owned, out_length);
  if (text == NULL)
    {
      /* A wrong or unknown label: valid UTF-8 is surely UTF-8, anything
       * else is most likely Windows-1252. */
      g_free (charset);
      charset = g_strdup (g_utf8_validate_len ((const char *) data + skip, size - skip, NULL)
                          ? "utf-8" : "windows-1252");
      text = convert (data + skip, size - skip, charset, out_owned, out_length);
      *out_recovered = TRUE;
    }
  if (text == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING,
                   "The feed is not text in any known encoding");
      return NULL;
    }
  *out_encoding = g_steal_pointer (&charset);
  return text;
}

char *
claimline_feed_decode (GBytes      *bytes,
                       const char  *content_type,
                       char       **out_encoding,
                       gboolean    *out_recovered,
                       GError     **error)
{
  char *owned = NULL;
  gsize length = 0;
  const char *text = claimline_feed_decode_view (bytes, content_type, out_encoding, out_recovered,
                                                 &owned, &length, error);

  if (text == NULL || owned != NULL)
    return owned;
  return g_strndup (text, length);
}
