/* claimline-import.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "claimline-claims.h"
#include "claimline-error.h"
#include "claimline-html-import.h"
#include "claimline-import.h"
#include "claimline-plain-import.h"
#include "claimline-text-decode.h"

/* A document without a title of its own gets its first words. */
#define FALLBACK_TITLE_CHARS 120

static const char *
describe_input (const char *name_hint)
{
  return name_hint != NULL ? name_hint : "(input)";
}

/* The charset parameter of a content type ("text/html; charset=latin1"). */
static char *
content_type_charset (const char *content_type)
{
  const char *p;
  const char *end;

  if (content_type == NULL)
    return NULL;
  p = strstr (content_type, "charset=");
  if (p == NULL)
    return NULL;
  p += strlen ("charset=");
  if (*p == '"' || *p == '\'')
    p++;
  end = p;
  while (*end != '\0' && *end != ';' && *end != '"' && *end != '\'' && !g_ascii_isspace (*end))
    end++;
  return end > p ? g_strndup (p, end - p) : NULL;
}

static gboolean
has_html_extension (const char *name_hint)
{
  g_autofree char *lower = NULL;

  if (name_hint == NULL)
    return FALSE;
  lower = g_ascii_strdown (name_hint, -1);
  return g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm")
         || g_str_has_suffix (lower, ".xhtml");
}

static gboolean
is_html_input (GBytes     *bytes,
               const char *name_hint,
               const char *content_type)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* A declared type decides, unless it is a generic one. */
  if (content_type != NULL && strstr (content_type, "html") != NULL)
    return TRUE;
  if (content_type != NULL && g_str_has_prefix (content_type, "text/plain"))
    return FALSE;
  return has_html_extension (name_hint) || claimline_html_sniff (data, size);
}

/* Without an outlet header, the site of a URL or the stem of a file name
 * ("reports/tribune.txt" → "tribune") tells the articles apart. */
static char *
outlet_from_name_hint (const char *name_hint)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *base = NULL;
  char *dot;

  if (name_hint == NULL)
    return NULL;

  uri = g_uri_parse (name_hint, G_URI_FLAGS_NONE, NULL);
  if (uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0')
    {
      const char *host = g_uri_get_host (uri);

      return g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
    }

  base = g_path_get_basename (name_hint);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  return *base != '\0' && !g_str_equal (base, G_DIR_SEPARATOR_S) ? g_steal_pointer (&base) : NULL;
}

static ClaimlineDocument *
import_decoded (const char  *text,
                gboolean     html,
                const char  *display_name,
                GError     **error)
{
  g_autofree char *normalised = NULL;

  if (html)
    {
      ClaimlineDocument *document = claimline_html_import (text, error);

      if (document == NULL)
        g_prefix_error (error, "%s: ", display_name);
      return document;
    }

  normalised = claimline_text_normalise (text);
  if (*normalised == '\0')
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY, "Empty file: %s", display_name);
      return NULL;
    }
  return claimline_plain_import (normalised);
}

/* What the format could not tell: outlet from the name, a title from the
 * text.  A document with no text at all is refused. */
static gboolean
complete_document (ClaimlineDocument  *document,
                   const char         *name_hint,
                   GError            **error)
{
  if (document->text == NULL || *document->text == '\0')
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY,
                   "No readable text in %s", describe_input (name_hint));
      return FALSE;
    }

  if (document->outlet == NULL)
    document->outlet = outlet_from_name_hint (name_hint);
  if (document->title == NULL || *document->title == '\0')
    {
      g_free (document->title);
      document->title = claimline_text_headline (document->text, FALLBACK_TITLE_CHARS);
    }
  return TRUE;
}

ClaimlineDocument *
claimline_import_bytes (GBytes      *bytes,
                        const char  *name_hint,
                        const char  *content_type,
                        GError     **error)
{
  g_autoptr(ClaimlineDocument) document = NULL;
  const char *display_name = describe_input (name_hint);
  g_autofree char *charset = NULL;
  g_autofree char *text = NULL;
  gboolean html;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = g_bytes_get_size (bytes);
  if (size > CLAIMLINE_IMPORT_MAX_BYTES)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                   "File too large (over %d MiB): %s",
                   CLAIMLINE_IMPORT_MAX_BYTES / (1024 * 1024), display_name);
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY, "Empty file: %s", display_name);
      return NULL;
    }

  html = is_html_input (bytes, name_hint, content_type);
  charset = content_type_charset (content_type);
  if (charset == NULL && html)
    charset = claimline_html_sniff_charset (g_bytes_get_data (bytes, NULL), size);

  text = claimline_text_decode (bytes, charset, display_name, error);
  if (text == NULL)
    return NULL;
  if (claimline_text_is_blank (text))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_EMPTY, "Empty file: %s", display_name);
      return NULL;
    }

  document = import_decoded (text, html, display_name, error);
  if (document == NULL || !complete_document (document, name_hint, error))
    return NULL;

  document->content_hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  claimline_claims_annotate (document);
  return g_steal_pointer (&document);
}

/* Type and size before reading, so that a directory or a huge file is
 * refused without loading it. */
static gboolean
check_file_info (GFile         *file,
                 const char    *display_name,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND,
                     "No such file: %s", display_name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                     "Cannot read %s: %s", display_name, local_error->message);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_IS_DIRECTORY,
                   "Is a directory, not a file: %s", display_name);
      return FALSE;
    }
  if (g_file_info_get_size (info) > CLAIMLINE_IMPORT_MAX_BYTES)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                   "File too large (over %d MiB): %s",
                   CLAIMLINE_IMPORT_MAX_BYTES / (1024 * 1024), display_name);
      return FALSE;
    }
  return TRUE;
}

/* Reads at most CLAIMLINE_IMPORT_MAX_BYTES of FILE.  The size checked
 * before is not enough: a device (/dev/zero), a pipe or a file still being
 * written reports a size that does not bound what a read returns. */
static GBytes *
load_bounded (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) data = NULL;
  gsize chunk = 64 * 1024;

  if (stream == NULL)
    return NULL;
  data = g_byte_array_new ();
  for (;;)
    {
      gsize before = data->len;
      gssize n;

      g_byte_array_set_size (data, before + chunk);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + before, chunk,
                               cancellable, error);
      if (n < 0)
        return NULL;
      g_byte_array_set_size (data, before + (gsize) n);
      if (n == 0)
        break;
      if (data->len > CLAIMLINE_IMPORT_MAX_BYTES)
        {
          g_set_error_literal (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                               "File too large");
          return NULL;
        }
      chunk = MIN (chunk * 2, 4 * 1024 * 1024);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

ClaimlineDocument *
claimline_import_file (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(ClaimlineDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_parse_name (file);
  if (!check_file_info (file, display_name, cancellable, error))
    return NULL;

  bytes = load_bounded (file, cancellable, &local_error);
  if (bytes == NULL && g_error_matches (local_error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                   "File too large (over %d MiB): %s",
                   CLAIMLINE_IMPORT_MAX_BYTES / (1024 * 1024), display_name);
      return NULL;
    }
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                     "Cannot read %s: %s", display_name, local_error->message);
      return NULL;
    }

  document = claimline_import_bytes (bytes, display_name, NULL, error);
  if (document == NULL)
    return NULL;
  document->url = g_file_get_uri (file);
  return g_steal_pointer (&document);
}

gboolean
claimline_date_order_from_string (const char         *text,
                                  ClaimlineDateOrder *out_order)
{
  if (g_strcmp0 (text, "month-day") == 0)
    *out_order = CLAIMLINE_DATE_ORDER_MONTH_FIRST;
  else if (g_strcmp0 (text, "day-month") == 0)
    *out_order = CLAIMLINE_DATE_ORDER_DAY_FIRST;
  else
    return FALSE;
  return TRUE;
}

void
claimline_import_apply_date_order (ClaimlineDocument  *document,
                                   ClaimlineDateOrder  order)
{
  GDate date;

  g_return_if_fail (document != NULL);

  /* Dates are read month first; only a day-first reader changes anything. */
  if (order != CLAIMLINE_DATE_ORDER_DAY_FIRST || !document->published_ambiguous)
    return;
  g_date_clear (&date, 1);
  if (!claimline_iso_date_parse (document->published, &date))
    return;
  g_free (document->published);
  document->published = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                         g_date_get_day (&date), g_date_get_month (&date));
  document->published_ambiguous = FALSE;
  claimline_claims_annotate (document);
}
