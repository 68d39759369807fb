/* bench-refresh.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Refreshing N feeds served from 127.0.0.1–127.0.0.4 by a SoupServer that
 * answers each request after DELAY ms: once concurrently as the app does
 * (claimline_subscriptions_refresh_all), once feed by feed, then again
 * with every feed unchanged (304s).  Prints wall time and feeds/s.
 *
 *   bench-refresh [N_FEEDS] [DELAY_MS] [ITEMS_PER_FEED]
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "claimline-subscriptions.h"
#include "test-local-server.h"

#define N_HOSTS 4

typedef struct
{
  LocalServer   local;
  guint         delay_ms;
  guint         n_items;
} Bench;

typedef struct
{
  Bench             *bench;
  SoupServerMessage *message;
  char              *path;
} Pending;

/* A capitalised made-up word of three syllables. */
static char *
made_up_word (guint seed)
{
  static const char * const syllables[] = { "ka", "lo", "mer", "vin", "tas", "dor", "pel",
                                            "ru", "sen", "go", "bra", "fil", "nu", "zet" };
  GString *word = g_string_new (NULL);

  for (guint i = 0; i < 3; i++)
    {
      g_string_append (word, syllables[seed % G_N_ELEMENTS (syllables)]);
      seed = seed * 1103515245 + 12345;
      seed ^= seed >> 16;
    }
  word->str[0] = g_ascii_toupper (word->str[0]);
  return g_string_free (word, FALSE);
}

static void
answer (Bench             *bench,
        SoupServerMessage *message,
        const char        *path)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (message);
  g_autofree char *etag = g_strdup_printf ("\"%s\"", path);
  GString *rss;

  soup_message_headers_replace (response, "ETag", etag);
  if (g_strcmp0 (soup_message_headers_get_one (request, "If-None-Match"), etag) == 0)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }
  rss = g_string_new ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>");
  g_string_append_printf (rss, "<title>Feed %s</title><link>http://127.0.0.1/</link>", path);
  /* Made-up words per item, so that the items do not all cluster into one
   * story: this measures fetching and storing, not one story's growth. */
  for (guint i = 0; i < bench->n_items; i++)
    {
      guint seed = g_str_hash (path) * 31 + i;
      g_autofree char *place = made_up_word (seed);
      g_autofree char *firm = made_up_word (seed * 7 + 3);
      g_autofree char *thing = made_up_word (seed * 13 + 5);

      g_string_append_printf (rss,
                              "<item><title>%s %s opens in %s</title>"
                              "<guid>%s-%u</guid><link>http://127.0.0.1%s/%u</link>"
                              "<pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate>"
                              "<description>%s said on Monday its %s in %s cost %u.%u million"
                              " euros and employs %u people.</description></item>",
                              firm, thing, place, path, i, path, i, firm, thing, place,
                              seed % 90 + 10, seed % 10, seed % 400 + 20);
    }
  g_string_append (rss, "</channel></rss>");
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/rss+xml", SOUP_MEMORY_TAKE,
                                    rss->str, rss->len);
  g_string_free (rss, FALSE);
}

static gboolean
answer_later_cb (gpointer data)
{
  Pending *pending = data;

  answer (pending->bench, pending->message, pending->path);
  soup_server_message_unpause (pending->message);
  g_free (pending->path);
  g_free (pending);
  return G_SOURCE_REMOVE;
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Bench *bench = user_data;
  Pending *pending = g_new0 (Pending, 1);
  GSource *source = g_timeout_source_new (bench->delay_ms);

  pending->bench = bench;
  pending->message = message;
  pending->path = g_strdup (path);
  soup_server_message_pause (message);
  g_source_set_callback (source, answer_later_cb, pending, NULL);
  g_source_attach (source, bench->local.context);
  g_source_unref (source);
}

/* One listening address per "host", so the per-host limit applies per address. */
static void
bench_start (Bench *bench)
{
  local_server_start (&bench->local, "bench-server", N_HOSTS, handle_cb, bench);
}

static ClaimlineSubscriptions *
subscribe_all (Bench      *bench,
               guint       n_feeds,
               ClaimlineFetcher *fetcher,
               const char *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineStore) store = claimline_store_new (":memory:", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_feeds; i++)
    {
      g_autofree char *url = g_strdup_printf ("%s%s-%u", bench->local.bases[i % N_HOSTS], tag, i);

      claimline_store_add_feed (store, url, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  return claimline_subscriptions_new (store, fetcher);
}

static double
refresh_all (ClaimlineSubscriptions *subscriptions,
             guint                  *out_new)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  gint64 start = g_get_monotonic_time ();

  results = claimline_subscriptions_refresh_all (subscriptions, NULL, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  *out_new = 0;
  for (guint i = 0; i < results->len; i++)
    {
      ClaimlineRefreshResult *result = g_ptr_array_index (results, i);

      if (result->error != NULL)
        g_error ("%s", result->error->message);
      *out_new += result->n_new;
    }
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
refresh_serially (ClaimlineSubscriptions *subscriptions,
                  guint                   n_feeds,
                  guint                  *out_new)
{
  gint64 start = g_get_monotonic_time ();

  *out_new = 0;
  for (guint i = 1; i <= n_feeds; i++)
    {
      g_autoptr(ClaimlineRefreshResult) result = claimline_subscriptions_refresh (subscriptions, i, NULL);

      if (result->error != NULL)
        g_error ("%s", result->error->message);
      *out_new += result->n_new;
    }
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0 };
  guint n_feeds = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 40;
  g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();
  g_autoptr(ClaimlineSubscriptions) concurrent = NULL;
  g_autoptr(ClaimlineSubscriptions) serial = NULL;
  guint n_new;
  double seconds;

  bench.delay_ms = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 100;
  bench.n_items = argc > 3 ? (guint) g_ascii_strtoull (argv[3], NULL, 10) : 20;
  bench_start (&bench);
  g_print ("%u feeds on %u hosts, %u items each, server answers after %u ms\n",
           n_feeds, N_HOSTS, bench.n_items, bench.delay_ms);

  concurrent = subscribe_all (&bench, n_feeds, fetcher, "c");
  seconds = refresh_all (concurrent, &n_new);
  g_print ("first refresh, concurrent: %6.2f s  %7.1f feeds/s  %u articles stored\n",
           seconds, n_feeds / seconds, n_new);
  seconds = refresh_all (concurrent, &n_new);
  g_print ("again, all 304, concurrent: %6.2f s  %7.1f feeds/s  %u new\n",
           seconds, n_feeds / seconds, n_new);

  serial = subscribe_all (&bench, n_feeds, fetcher, "s");
  seconds = refresh_serially (serial, n_feeds, &n_new);
  g_print ("first refresh, one by one:  %6.2f s  %7.1f feeds/s  %u articles stored\n",
           seconds, n_feeds / seconds, n_new);
  seconds = refresh_serially (serial, n_feeds, &n_new);
  g_print ("again, all 304, one by one: %6.2f s  %7.1f feeds/s  %u new\n",
           seconds, n_feeds / seconds, n_new);
  local_server_stop (&bench.local);
  return 0;
}
