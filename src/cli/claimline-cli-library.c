/* claimline-cli-library.c: import, list, show and search.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-cli-json.h"
#include "claimline-cli-private.h"
#include "claimline-claims.h"
#include "claimline-error.h"
#include "claimline-fetcher.h"
#include "claimline-import.h"
#include "claimline-library.h"

void
claimline_cli_print_error (const char *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("claimline-cli: %s\n", message);
}

ClaimlineStore *
claimline_cli_open_store (CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = options->db_path ? g_strdup (options->db_path)
                                           : claimline_store_default_path ();
  ClaimlineStore *store = claimline_store_new (path, &error);

  if (store == NULL)
    claimline_cli_print_error (_("cannot open the store: %s"), error->message);
  return store;
}

static gboolean
is_url (const char *argument)
{
  return g_str_has_prefix (argument, "http://") || g_str_has_prefix (argument, "https://");
}

static void
print_import_result (CliOptions       *options,
                     const char       *argument,
                     ClaimlineArticle *article,
                     gboolean          added)
{
  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      claimline_cli_json_add_string (builder, "file", argument);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, claimline_article_get_id (article));
      json_builder_set_member_name (builder, "added");
      json_builder_add_boolean_value (builder, added);
      claimline_cli_json_add_string (builder, "title", claimline_article_get_title (article));
      claimline_cli_json_add_string (builder, "published",
                                     claimline_article_get_published (article));
      json_builder_end_object (builder);
      claimline_cli_print_json_line (builder);
    }
  else
    {
      /* The id goes in as text: a format macro would cut the message short
       * for translators. */
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, claimline_article_get_id (article));

      if (added)
        printf (_("Imported %s as article %s: %s\n"), argument, id,
                claimline_article_get_title (article));
      else
        printf (_("Already in the store: %s is article %s\n"), argument, id);
    }
}

ClaimlineStore *
claimline_cli_open_working_store (CliOptions *options)
{
  g_autoptr(GError) error = NULL;
  ClaimlineStore *store;

  if (options->db_path != NULL || options->args->len == 0)
    return claimline_cli_open_store (options);

  store = claimline_store_new (":memory:", &error);
  if (store == NULL)
    claimline_cli_print_error (_("cannot open a temporary store: %s"), error->message);
  return store;
}

static ClaimlineDocument *
read_argument (const char    *argument,
               GError       **error)
{
  g_autoptr(GFile) file = NULL;

  if (is_url (argument))
    {
      g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();

      return claimline_fetcher_import_url (fetcher, argument, NULL, error);
    }
  file = g_file_new_for_commandline_arg (argument);
  return claimline_import_file (file, NULL, error);
}

/* Imports one file in its own transaction; a failure leaves the others. */
gboolean
claimline_cli_import_one (CliOptions     *options,
                          ClaimlineStore *store,
                          const char     *argument,
                          gint64         *out_id,
                          gboolean       *out_added)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineDocument) document = read_argument (argument, &error);

  if (document != NULL)
    claimline_import_apply_date_order (document, options->date_order);
  if (document != NULL && document->published == NULL && options->dct != NULL)
    {
      document->published = g_strdup (options->dct);
      claimline_claims_annotate (document);
    }
  if (document == NULL ||
      !claimline_library_add_document (store, document, out_id, out_added, &error))
    {
      claimline_cli_print_error (_("cannot import %s: %s"), argument, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_and_report (CliOptions     *options,
                   ClaimlineStore *store,
                   const char     *argument)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineArticle) article = NULL;
  gint64 id = 0;
  gboolean added = FALSE;

  if (!claimline_cli_import_one (options, store, argument, &id, &added))
    return FALSE;
  article = claimline_store_load_article (store, id, &error);
  if (article == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return FALSE;
    }
  print_import_result (options, argument, article, added);
  return TRUE;
}

int
claimline_cli_run_import (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = claimline_cli_open_store (options);
  guint n_failed = 0;

  if (store == NULL)
    return EXIT_FAILED;

  for (guint i = 0; i < options->args->len; i++)
    if (!import_and_report (options, store, g_ptr_array_index (options->args, i)))
      n_failed++;

  return n_failed == 0 ? EXIT_OK : EXIT_FAILED;
}

static void
print_article_line (CliOptions       *options,
                    ClaimlineArticle *article)
{
  const char *published = claimline_article_get_published (article);
  const char *outlet = claimline_article_get_outlet (article);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = claimline_cli_json_article (article, FALSE);

      claimline_cli_print_json_line (builder);
      return;
    }
  printf ("%6" G_GINT64_FORMAT "  %-10s  %-24.24s  %s\n",
          claimline_article_get_id (article),
          published ? published : _("undated"),
          outlet ? outlet : "—",
          claimline_article_get_title (article));
}

int
claimline_cli_run_list (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = claimline_cli_open_store (options);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (store == NULL)
    return EXIT_FAILED;
  ids = claimline_store_list_article_ids (store, options->sort, &error);
  if (ids == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }

  n = options->limit > 0 ? MIN (options->limit, ids->len) : ids->len;
  /* Read in chunks so that a long listing never holds every row at once. */
  for (guint first = 0; first < n; first += 256)
    {
      g_autoptr(GPtrArray) rows = NULL;

      rows = claimline_store_load_summaries (store, &g_array_index (ids, gint64, first),
                                             MIN (256, n - first), &error);
      if (rows == NULL)
        {
          claimline_cli_print_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint i = 0; i < rows->len; i++)
        print_article_line (options, g_ptr_array_index (rows, i));
    }
  return EXIT_OK;
}

static gboolean
parse_id (const char *text,
          gint64     *out_id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *out_id = (gint64) value;
  return TRUE;
}

int
claimline_cli_run_show (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  const char *argument = g_ptr_array_index (options->args, 0);
  const char *value;
  gint64 id;

  if (!parse_id (argument, &id))
    {
      claimline_cli_print_error (_("“%s” is not an article id (a positive number, as `list` shows)"), argument);
      return EXIT_USAGE;
    }
  store = claimline_cli_open_store (options);
  if (store == NULL)
    return EXIT_FAILED;

  article = claimline_store_load_article (store, id, &error);
  if (article == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = claimline_cli_json_article (article, TRUE);

      claimline_cli_print_json_line (builder);
      return EXIT_OK;
    }

  printf ("%s\n", claimline_article_get_title (article));
  if ((value = claimline_article_get_outlet (article)) != NULL)
    printf (_("Outlet: %s\n"), value);
  if ((value = claimline_article_get_author (article)) != NULL)
    printf (_("Author: %s\n"), value);
  value = claimline_article_get_published (article);
  printf (_("Published: %s\n"), value ? value : _("undated"));
  if ((value = claimline_article_get_url (article)) != NULL)
    printf (_("Source: %s\n"), value);
  printf ("\n%s\n", claimline_article_get_text (article));
  return EXIT_OK;
}

int
claimline_cli_run_search (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = claimline_cli_open_store (options);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;

  if (store == NULL)
    return EXIT_FAILED;

  g_ptr_array_add (options->args, NULL);
  query = g_strjoinv (" ", (char **) options->args->pdata);
  g_ptr_array_remove_index (options->args, options->args->len - 1);

  hits = claimline_store_search (store, query, options->limit > 0 ? options->limit : 50, &error);
  if (hits == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return g_error_matches (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT)
               ? EXIT_USAGE : EXIT_FAILED;
    }

  for (guint i = 0; i < hits->len; i++)
    {
      const ClaimlineSearchHit *hit = g_ptr_array_index (hits, i);

      if (options->json)
        {
          g_autoptr(JsonBuilder) builder = claimline_cli_json_search_hit (hit);

          claimline_cli_print_json_line (builder);
        }
      else
        printf ("%6" G_GINT64_FORMAT "  %s — %s\n        %s\n", hit->article_id,
                hit->outlet ? hit->outlet : "—", hit->title, hit->snippet);
    }
  if (hits->len == 0 && !options->json)
    printf (_("No articles match “%s”.\n"), query);
  return EXIT_OK;
}

