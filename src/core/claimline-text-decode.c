/* claimline-text-decode.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-error.h"
#include "claimline-text-decode.h"

/* How much of the input the binary check looks at. */
#define SNIFF_BYTES 8192

/* Hard-wrapped text keeps its lines within this many characters... */
#define WRAP_MAX_LINE 100
/* ...and most of its inner lines at least this long. */
#define WRAP_MIN_LINE 40

static const char *
utf16_bom_charset (const guchar *data,
                   gsize         size)
{
  if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    return "UTF-16LE";
  if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    return "UTF-16BE";
  return NULL;
}

/* UTF-16 without a byte order mark: mostly Latin text leaves a NUL in one
 * byte of nearly every pair and almost never in the other. */
static const char *
utf16_guess_charset (const guchar *data,
                     gsize         size)
{
  gsize n = MIN (size, SNIFF_BYTES) & ~(gsize) 1;
  gsize even = 0;
  gsize odd = 0;

  if (n < 4)
    return NULL;
  for (gsize i = 0; i < n; i += 2)
    {
      even += data[i] == 0;
      odd += data[i + 1] == 0;
    }
  if (odd * 4 >= n && even * 100 <= n)
    return "UTF-16LE";
  if (even * 4 >= n && odd * 100 <= n)
    return "UTF-16BE";
  return NULL;
}

static gboolean
has_utf8_bom (const guchar *data,
              gsize         size)
{
  return size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF;
}

static gboolean
is_text_control (guchar c)
{
  return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Text has almost no NUL bytes or C0 control characters (a stray one is
 * tolerated); executables, images and archives have plenty. */
static gboolean
looks_binary (const guchar *data,
              gsize         size)
{
  gsize n = MIN (size, SNIFF_BYTES);
  gsize nul = 0;
  gsize control = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (data[i] == 0)
        nul++;
      else if ((data[i] < 0x20 && !is_text_control (data[i])) || data[i] == 0x7F)
        control++;
    }
  return (nul > 0 && nul * 50 >= n) || (control > 0 && control * 20 >= n);
}

/* The few NUL bytes a text file may carry would cut the string short. */
static char *
copy_without_nul (const char *data,
                  gsize       size,
                  gsize      *out_size)
{
  char *copy = g_malloc (size + 1);
  gsize n = 0;

  for (gsize i = 0; i < size; i++)
    if (data[i] != '\0')
      copy[n++] = data[i];
  copy[n] = '\0';
  *out_size = n;
  return copy;
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* A declared UTF-16 or UTF-32 without a byte order mark is a mislabel:
 * such text would have been caught as binary. */
static gboolean
is_wide_name (const char *charset)
{
  return g_ascii_strncasecmp (charset, "utf-16", 6) == 0
         || g_ascii_strncasecmp (charset, "utf-32", 6) == 0
         || g_ascii_strncasecmp (charset, "ucs-", 4) == 0;
}

static char *
convert_to_utf8 (const char  *data,
                 gsize        size,
                 const char  *charset,
                 GError     **error)
{
  g_autofree char *text = NULL;
  gsize written = 0;

  text = g_convert (data, size, "UTF-8", charset, NULL, &written, error);
  if (text == NULL)
    return NULL;
  if (!g_utf8_validate_len (text, written, NULL))
    return g_utf8_make_valid (text, written);
  return g_steal_pointer (&text);
}

static char *
decode_utf16 (const char  *data,
              gsize        size,
              const char  *charset,
              const char  *display_name,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text = convert_to_utf8 (data, size, charset, &local_error);

  if (text == NULL)
    g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING,
                 "Not valid %s text: %s", charset, display_name);
  return text;
}

/* Without a usable declaration: UTF-8 if it is valid, else the Windows
 * superset of Latin-1 that most mislabelled Western text is in, else
 * Latin-1 itself, which accepts any byte. */
static char *
decode_undeclared (const char *data,
                   gsize       size)
{
  char *text;

  if (g_utf8_validate_len (data, size, NULL))
    return g_strndup (data, size);

  text = convert_to_utf8 (data, size, "WINDOWS-1252", NULL);
  if (text == NULL)
    text = convert_to_utf8 (data, size, "ISO-8859-1", NULL);
  return text;
}

/* Bytes that look like UTF-16 without a mark, if they decode to text. */
static char *
decode_unmarked_utf16 (const guchar *data,
                       gsize         size)
{
  const char *charset = utf16_guess_charset (data, size);
  g_autofree char *text = NULL;

  if (charset == NULL)
    return NULL;
  text = convert_to_utf8 ((const char *) data, size, charset, NULL);
  if (text == NULL || looks_binary ((const guchar *) text, strlen (text)))
    return NULL;
  return g_steal_pointer (&text);
}

static char *
not_text_error (const char  *display_name,
                GError     **error)
{
  g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING,
               "Not a text file: %s", display_name);
  return NULL;
}

char *
claimline_text_decode (GBytes      *bytes,
                       const char  *charset,
                       const char  *display_name,
                       GError     **error)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  const char *wide = utf16_bom_charset (data, size);
  g_autofree char *clean = NULL;
  gsize clean_size = 0;
  char *text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (display_name == NULL)
    display_name = "(input)";

  if (wide != NULL)
    return decode_utf16 ((const char *) data + 2, size - 2, wide, display_name, error);

  if (has_utf8_bom (data, size))
    {
      data += 3;
      size -= 3;
      charset = NULL;
    }

  if (looks_binary (data, size))
    {
      text = decode_unmarked_utf16 (data, size);
      return text != NULL ? text : not_text_error (display_name, error);
    }

  clean = copy_without_nul ((const char *) data, size, &clean_size);

  /* An unknown or wrong declaration falls back to looking at the bytes. */
  if (charset != NULL && !is_utf8_name (charset) && !is_wide_name (charset))
    text = convert_to_utf8 (clean, clean_size, charset, NULL);
  if (text == NULL)
    text = decode_undeclared (clean, clean_size);

  if (text == NULL)
    g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_ENCODING,
                 "Cannot decode the text of %s", display_name);
  return text;
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* One character of input to its normalised form in OUT. */
static void
append_normalised_char (GString  *out,
                        gunichar  c)
{
  GUnicodeType type = g_unichar_type (c);

  if (is_line_break (c))
    g_string_append_c (out, '\n');
  else if (c == '\t' || type == G_UNICODE_SPACE_SEPARATOR)
    g_string_append_c (out, ' ');
  else if (type == G_UNICODE_FORMAT || type == G_UNICODE_CONTROL)
    return; /* zero-width spaces and joiners, BOMs, soft hyphens, stray controls */
  else
    g_string_append_unichar (out, c);
}

/* Line ends and characters, before any look at spaces. */
static char *
map_characters (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        append_normalised_char (out, c);
    }
  return g_string_free (out, FALSE);
}

/* LINE with runs of spaces cut to one and no space at either end. */
static void
append_collapsed_line (GString    *out,
                       const char *line)
{
  gboolean pending_space = FALSE;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }
}

char *
claimline_text_normalise (const char *text)
{
  g_autofree char *mapped = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out;
  gboolean pending_blank = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  mapped = map_characters (text);
  lines = g_strsplit (mapped, "\n", -1);
  out = g_string_sized_new (strlen (mapped));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      append_collapsed_line (line, lines[i]);
      /* A blank line is written only between two lines of text. */
      if (line->len == 0)
        {
          pending_blank = out->len > 0;
          continue;
        }
      if (out->len > 0)
        g_string_append (out, pending_blank ? "\n\n" : "\n");
      g_string_append_len (out, line->str, line->len);
      pending_blank = FALSE;
    }
  return g_string_free (out, FALSE);
}

char *
claimline_text_collapse (const char *text)
{
  g_autofree char *normalised = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  normalised = claimline_text_normalise (text);
  g_strdelimit (normalised, "\n", ' ');
  return claimline_text_normalise (normalised);
}

gboolean
claimline_text_is_blank (const char *text)
{
  g_autofree char *normalised = NULL;

  if (text == NULL)
    return TRUE;
  normalised = claimline_text_normalise (text);
  return *normalised == '\0';
}

/* Blocks of similar, moderately long lines separated by blank lines: text
 * wrapped at a fixed width, whose line ends mean nothing. */
static gboolean
looks_hard_wrapped (GStrv lines)
{
  gboolean has_blank = FALSE;
  guint inner = 0;
  guint in_range = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (lines[i], -1);

      if (length == 0)
        {
          has_blank = TRUE;
          continue;
        }
      if (length > WRAP_MAX_LINE)
        return FALSE;
      if (lines[i + 1] != NULL && *lines[i + 1] != '\0')
        {
          inner++;
          if (length >= WRAP_MIN_LINE)
            in_range++;
        }
    }
  return has_blank && inner >= 3 && in_range * 4 >= inner * 3;
}

static gboolean
starts_lower_case (const char *line)
{
  return g_unichar_islower (g_utf8_get_char (line));
}

static void
flush_paragraph (GPtrArray  *paragraphs,
                 GString   **current)
{
  if (*current != NULL)
    g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (current), FALSE));
}

GPtrArray *
claimline_text_split_paragraphs (const char *normalised,
                                 gboolean    rewrap)
{
  g_auto(GStrv) lines = NULL;
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  GString *current = NULL;
  gboolean wrapped;

  g_return_val_if_fail (normalised != NULL, paragraphs);

  lines = g_strsplit (normalised, "\n", -1);
  wrapped = rewrap && looks_hard_wrapped (lines);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0')
        flush_paragraph (paragraphs, &current);
      else if (current != NULL && rewrap && (wrapped || starts_lower_case (line)))
        g_string_append_printf (current, " %s", line);
      else
        {
          flush_paragraph (paragraphs, &current);
          current = g_string_new (line);
        }
    }
  flush_paragraph (paragraphs, &current);
  return paragraphs;
}

char *
claimline_text_join_paragraphs (GPtrArray *paragraphs)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (paragraphs != NULL, g_string_free (out, FALSE));

  for (guint i = 0; i < paragraphs->len; i++)
    {
      if (i > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, g_ptr_array_index (paragraphs, i));
    }
  return g_string_free (out, FALSE);
}

/* Where the first sentence of TEXT ends, or NULL.  A stop after a single
 * letter or another stop ("J. Doe", "U.S. officials") ends no sentence. */
static const char *
find_sentence_end (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0')
        && p - text >= 2 && p[-2] != ' ' && p[-2] != '.')
      return p;
  return NULL;
}

char *
claimline_text_headline (const char *text,
                         guint       max_chars)
{
  g_autofree char *line = NULL;
  const char *end;
  const char *cut;

  g_return_val_if_fail (text != NULL, NULL);

  line = claimline_text_collapse (text);
  end = find_sentence_end (line);
  /* A title keeps a final "?" or "!" but not a full stop. */
  if (end != NULL)
    line[end - line + (*end == '.' ? 0 : 1)] = '\0';
  if ((guint) g_utf8_strlen (line, -1) <= max_chars)
    return g_steal_pointer (&line);

  cut = g_utf8_offset_to_pointer (line, max_chars);
  while (cut > line && *cut != ' ')
    cut--;
  if (cut == line)
    cut = g_utf8_offset_to_pointer (line, max_chars);
  return g_strdup_printf ("%.*s…", (int) (cut - line), line);
}

guint
claimline_text_count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

static gboolean
is_closing_mark (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D
         || c == 0xBB || c == ' ';
}

gboolean
claimline_text_ends_sentence (const char *text)
{
  const char *p;
  gunichar c = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  p = text + strlen (text);
  while (p > text)
    {
      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (!is_closing_mark (c))
        break;
    }
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}
