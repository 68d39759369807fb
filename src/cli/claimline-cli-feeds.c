/* claimline-cli-feeds.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The feed commands: add-feed, feeds, rename-feed, remove-feed, refresh,
 * opml-import and opml-export.
 */

#include "config.h"

#include "claimline-cli-json.h"
#include "claimline-cli-private.h"
#include "claimline-feed.h"
#include "claimline-subscriptions.h"

static ClaimlineSubscriptions *
open_subscriptions (CliOptions      *options,
                    ClaimlineStore **out_store)
{
  g_autoptr(ClaimlineStore) store = claimline_cli_open_store (options);
  g_autoptr(ClaimlineFetcher) fetcher = NULL;

  if (store == NULL)
    return NULL;
  fetcher = claimline_fetcher_new ();
  if (out_store != NULL)
    *out_store = g_object_ref (store);
  return claimline_subscriptions_new (store, fetcher);
}

static gboolean
parse_feed_id (const char *argument,
               gint64     *out_id)
{
  guint64 id;

  if (!g_ascii_string_to_unsigned (argument, 10, 1, G_MAXINT64, &id, NULL))
    {
      claimline_cli_print_error (_("“%s” is not a feed id (see `claimline-cli feeds`)"), argument);
      return FALSE;
    }
  *out_id = (gint64) id;
  return TRUE;
}

/* Unix time as local "YYYY-MM-DD HH:MM", or "never" for 0. */
static char *
format_time (gint64 when)
{
  g_autoptr(GDateTime) time = NULL;

  if (when <= 0)
    return g_strdup (_("never"));
  time = g_date_time_new_from_unix_local (when);
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

static void
json_add_time (JsonBuilder *builder,
               const char  *name,
               gint64       when)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  if (when <= 0)
    return;
  time = g_date_time_new_from_unix_utc (when);
  text = g_date_time_format_iso8601 (time);
  claimline_cli_json_add_string (builder, name, text);
}

static JsonBuilder *
json_feed (const ClaimlineFeedRecord *record)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, record->id);
  claimline_cli_json_add_string (builder, "url", record->url);
  claimline_cli_json_add_string (builder, "title", record->title);
  claimline_cli_json_add_string (builder, "folder", record->folder);
  json_builder_set_member_name (builder, "articles");
  json_builder_add_int_value (builder, record->n_articles);
  json_add_time (builder, "last_fetched", record->last_fetched);
  if (record->last_status > 0)
    {
      json_builder_set_member_name (builder, "last_status");
      json_builder_add_int_value (builder, record->last_status);
    }
  claimline_cli_json_add_string (builder, "last_error", record->last_error);
  json_add_time (builder, "last_error_time", record->last_error_time);
  json_add_time (builder, "retry_after", record->retry_after);
  json_builder_end_object (builder);
  return builder;
}

int
claimline_cli_run_add_feed (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineSubscriptions) subscriptions = open_subscriptions (options, &store);
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  const char *url = g_ptr_array_index (options->args, 0);
  guint n_new = 0;
  gint64 id;

  if (subscriptions == NULL)
    return EXIT_FAILED;
  id = claimline_subscriptions_add (subscriptions, url, options->title, options->folder, &n_new,
                                    NULL, &error);
  if (id == 0)
    {
      claimline_cli_print_error (_("cannot add %s: %s"), url, error->message);
      return EXIT_FAILED;
    }
  record = claimline_store_load_feed (store, id, &error);
  if (record == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_feed (record);
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      json_object_set_int_member (json_node_get_object (root), "new", n_new);
      claimline_cli_print_json_line (builder);
    }
  else
    /* Translators: a feed's id, its title and how many articles it brought */
    printf (ngettext ("Subscribed to feed %lld “%s”: %u new article\n",
                      "Subscribed to feed %lld “%s”: %u new articles\n", n_new),
            (long long) id, record->title ? record->title : record->url, n_new);
  return EXIT_OK;
}

static void
print_feed_line (const ClaimlineFeedRecord *record)
{
  g_autofree char *fetched = format_time (record->last_fetched);
  g_autofree char *state = NULL;

  if (record->last_error != NULL)
    state = g_strdup_printf (_("error: %s"), record->last_error);
  else if (record->last_fetched > 0)
    state = g_strdup (_("ok"));
  else
    state = g_strdup (_("not fetched yet"));
  printf ("%6" G_GINT64_FORMAT "  %-32.32s  %-12.12s  %5u  %-16s  %s\n",
          record->id, record->title ? record->title : record->url,
          record->folder ? record->folder : "—", record->n_articles, fetched, state);
}

int
claimline_cli_run_feeds (CliOptions *options)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = open_subscriptions (options, NULL);
  g_autoptr(GPtrArray) feeds = NULL;
  g_autoptr(GError) error = NULL;

  if (subscriptions == NULL)
    return EXIT_FAILED;
  feeds = claimline_subscriptions_list (subscriptions, &error);
  if (feeds == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }
  for (guint i = 0; i < feeds->len; i++)
    {
      const ClaimlineFeedRecord *record = g_ptr_array_index (feeds, i);

      if (options->json)
        {
          g_autoptr(JsonBuilder) builder = json_feed (record);

          claimline_cli_print_json_line (builder);
        }
      else
        print_feed_line (record);
    }
  return EXIT_OK;
}

int
claimline_cli_run_rename_feed (CliOptions *options)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GError) error = NULL;
  const char *title = g_ptr_array_index (options->args, 1);
  gint64 id;

  if (!parse_feed_id (g_ptr_array_index (options->args, 0), &id))
    return EXIT_USAGE;
  if (*title == '\0')
    {
      claimline_cli_print_error (_("the new title is empty"));
      return EXIT_USAGE;
    }
  subscriptions = open_subscriptions (options, NULL);
  if (subscriptions == NULL)
    return EXIT_FAILED;
  if (!claimline_subscriptions_rename (subscriptions, id, title, &error) ||
      (options->folder != NULL &&
       !claimline_subscriptions_set_folder (subscriptions, id, options->folder, &error)))
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }
  printf (_("Feed %lld is now “%s”\n"), (long long) id, title);
  return EXIT_OK;
}

int
claimline_cli_run_remove_feed (CliOptions *options)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!parse_feed_id (g_ptr_array_index (options->args, 0), &id))
    return EXIT_USAGE;
  subscriptions = open_subscriptions (options, NULL);
  if (subscriptions == NULL)
    return EXIT_FAILED;
  if (!claimline_subscriptions_remove (subscriptions, id, options->delete_articles, &error))
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (options->delete_articles)
    printf (_("Removed feed %lld and its articles\n"), (long long) id);
  else
    printf (_("Removed feed %lld; its articles stay in the library\n"), (long long) id);
  return EXIT_OK;
}

static void
print_refresh_result (CliOptions                   *options,
                      const ClaimlineRefreshResult *result)
{
  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, result->feed_id);
      claimline_cli_json_add_string (builder, "title", result->title);
      json_builder_set_member_name (builder, "new");
      json_builder_add_int_value (builder, result->n_new);
      json_builder_set_member_name (builder, "dropped");
      json_builder_add_int_value (builder, result->n_dropped);
      json_builder_set_member_name (builder, "not_modified");
      json_builder_add_boolean_value (builder, result->not_modified);
      json_builder_set_member_name (builder, "deferred");
      json_builder_add_boolean_value (builder, result->deferred);
      json_add_time (builder, "retry_after", result->retry_after);
      claimline_cli_json_add_string (builder, "error",
                                     result->error != NULL ? result->error->message : NULL);
      json_builder_end_object (builder);
      claimline_cli_print_json_line (builder);
      return;
    }

  if (result->error != NULL)
    printf (_("%6lld  %s: error: %s\n"), (long long) result->feed_id, result->title,
            result->error->message);
  else if (result->deferred)
    {
      g_autofree char *until = format_time (result->retry_after);

      printf (_("%6lld  %s: skipped, the server asked to wait until %s\n"),
              (long long) result->feed_id, result->title, until);
    }
  else if (result->not_modified)
    printf (_("%6lld  %s: not modified\n"), (long long) result->feed_id, result->title);
  else
    printf (ngettext ("%6lld  %s: %u new article\n",
                      "%6lld  %s: %u new articles\n", result->n_new),
            (long long) result->feed_id, result->title, result->n_new);
  if (result->n_dropped > 0)
    printf (ngettext ("%6lld  %s: only the first %u entries were read; %u more was skipped\n",
                      "%6lld  %s: only the first %u entries were read; %u more were skipped\n",
                      result->n_dropped),
            (long long) result->feed_id, result->title, (guint) CLAIMLINE_FEED_MAX_ENTRIES,
            result->n_dropped);
}

static void
refresh_progress_cb (const ClaimlineRefreshResult *result,
                     guint                         n_done,
                     guint                         n_total,
                     gpointer                      user_data)
{
  print_refresh_result (user_data, result);
  fflush (stdout);
}

/* Exits 1 only when every feed asked failed (offline, say): one dead feed
 * among many is reported on its line without failing the whole run. */
int
claimline_cli_run_refresh (CliOptions *options)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  guint n_failed = 0, n_new = 0;

  for (guint i = 0; i < options->args->len; i++)
    {
      gint64 id;

      if (!parse_feed_id (g_ptr_array_index (options->args, i), &id))
        return EXIT_USAGE;
      g_array_append_val (ids, id);
    }
  subscriptions = open_subscriptions (options, NULL);
  if (subscriptions == NULL)
    return EXIT_FAILED;
  results = claimline_subscriptions_refresh_all (subscriptions,
                                                 ids->len > 0 ? (gint64 *) ids->data : NULL,
                                                 ids->len, refresh_progress_cb, options, NULL,
                                                 &error);
  if (results == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }
  for (guint i = 0; i < results->len; i++)
    {
      const ClaimlineRefreshResult *result = g_ptr_array_index (results, i);

      n_failed += result->error != NULL;
      n_new += result->n_new;
    }
  if (results->len > 0 && n_failed == results->len)
    {
      claimline_cli_print_error (_("no feed could be refreshed (%u tried)"), results->len);
      return EXIT_FAILED;
    }
  if (!options->json)
    printf (ngettext ("%u new article from %u feeds (%u failed)\n",
                      "%u new articles from %u feeds (%u failed)\n", n_new),
            n_new, results->len, n_failed);
  return EXIT_OK;
}

int
claimline_cli_run_opml_import (CliOptions *options)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_ptr_array_index (options->args, 0));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  guint n_added = 0;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      claimline_cli_print_error (_("cannot read %s: %s"), name, error->message);
      return EXIT_FAILED;
    }
  subscriptions = open_subscriptions (options, NULL);
  if (subscriptions == NULL)
    return EXIT_FAILED;
  if (!claimline_subscriptions_import_opml (subscriptions, bytes, &n_added, &error))
    {
      claimline_cli_print_error (_("cannot import %s: %s"), name, error->message);
      return EXIT_FAILED;
    }
  printf (ngettext ("Subscribed to %u new feed (run `claimline-cli refresh` to fetch it)\n",
                    "Subscribed to %u new feeds (run `claimline-cli refresh` to fetch them)\n",
                    n_added),
          n_added);
  return EXIT_OK;
}

int
claimline_cli_run_opml_export (CliOptions *options)
{
  g_autoptr(ClaimlineSubscriptions) subscriptions = open_subscriptions (options, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *opml = NULL;

  if (subscriptions == NULL)
    return EXIT_FAILED;
  opml = claimline_subscriptions_export_opml (subscriptions, &error);
  if (opml == NULL)
    {
      claimline_cli_print_error ("%s", error->message);
      return EXIT_FAILED;
    }
  if (options->args->len == 0)
    {
      fputs (opml, stdout);
      return EXIT_OK;
    }
  if (!g_file_set_contents (g_ptr_array_index (options->args, 0), opml, -1, &error))
    {
      claimline_cli_print_error (_("cannot write %s: %s"),
                                 (const char *) g_ptr_array_index (options->args, 0),
                                 error->message);
      return EXIT_FAILED;
    }
  return EXIT_OK;
}
