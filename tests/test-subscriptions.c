/* test-subscriptions.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Subscribing, refreshing, OPML and removing, against the local feed
 * server on 127.0.0.1 and an in-memory store.
 */

#include "config.h"

#include <string.h>

#include "claimline-error.h"
#include "claimline-opml.h"
#include "claimline-subscriptions.h"
#include "test-feed-server.h"

typedef struct
{
  FeedServer              server;
  ClaimlineStore         *store;
  ClaimlineFetcher       *fetcher;
  ClaimlineSubscriptions *subscriptions;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  feed_server_start (&fixture->server);
  fixture->store = claimline_store_new (":memory:", &error);
  g_assert_no_error (error);
  fixture->fetcher = claimline_fetcher_new ();
  claimline_fetcher_set_timeout (fixture->fetcher, 1);
  claimline_fetcher_set_max_bytes (fixture->fetcher, 1024 * 1024);
  fixture->subscriptions = claimline_subscriptions_new (fixture->store, fixture->fetcher);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->subscriptions);
  g_clear_object (&fixture->fetcher);
  g_clear_object (&fixture->store);
  feed_server_stop (&fixture->server);
}

static gint64
count_articles (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  gint64 n = claimline_store_count_articles (fixture->store, &error);

  g_assert_no_error (error);
  return n;
}

static ClaimlineFeedRecord *
load_feed (Fixture *fixture,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  ClaimlineFeedRecord *record = claimline_store_load_feed (fixture->store, id, &error);

  g_assert_no_error (error);
  return record;
}

static gint64
add_feed (Fixture    *fixture,
          const char *path,
          guint      *out_n_new)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = feed_server_url (&fixture->server, path);
  gint64 id = claimline_subscriptions_add (fixture->subscriptions, url, NULL, NULL, out_n_new,
                                           NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Subscribing stores the entries and the validators; the next refresh
 * sends them, gets a 304 and adds nothing. */
static void
test_add_then_not_modified (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  g_autoptr(ClaimlineRefreshResult) result = NULL;
  guint n_new = 0;
  gint64 id = add_feed (fixture, "/etag", &n_new);

  g_assert_cmpuint (n_new, ==, 3);
  g_assert_cmpint (count_articles (fixture), ==, 3);
  record = load_feed (fixture, id);
  g_assert_cmpstr (record->title, ==, "Etag");
  g_assert_cmpstr (record->etag, ==, "\"harbour-v1\"");
  g_assert_cmpuint (record->last_status, ==, 200);
  g_assert_cmpint (record->last_fetched, >, 0);
  g_assert_cmpuint (record->n_articles, ==, 3);
  g_assert_null (record->last_error);

  result = claimline_subscriptions_refresh (fixture->subscriptions, id, NULL);
  g_assert_no_error (result->error);
  g_assert_true (result->not_modified);
  g_assert_cmpuint (result->n_new, ==, 0);
  g_assert_cmpint (count_articles (fixture), ==, 3);
  g_clear_pointer (&record, claimline_feed_record_free);
  record = load_feed (fixture, id);
  g_assert_cmpuint (record->last_status, ==, 304);
  g_assert_cmpstr (record->etag, ==, "\"harbour-v1\"");

  /* Subscribing to the same address again keeps one subscription. */
  g_assert_cmpint (add_feed (fixture, "/etag", &n_new), ==, id);
  g_assert_cmpuint (n_new, ==, 0);
}

static void
test_add_last_modified (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ClaimlineRefreshResult) result = NULL;
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  gint64 id = add_feed (fixture, "/dated", NULL);

  record = load_feed (fixture, id);
  g_assert_cmpstr (record->last_modified, ==, "Mon, 02 Jun 2025 08:00:00 GMT");
  result = claimline_subscriptions_refresh (fixture->subscriptions, id, NULL);
  g_assert_no_error (result->error);
  g_assert_true (result->not_modified);
}

/* A page URL is subscribed through the feed it advertises; a page without
 * one, or something that is neither feed nor page, gives a clear error. */
static void
test_add_by_page (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bare = feed_server_url (&fixture->server, "/bare-page");
  g_autofree char *garbage = feed_server_url (&fixture->server, "/garbage");
  g_autoptr(GPtrArray) feeds = NULL;
  guint n_new = 0;
  gint64 id = add_feed (fixture, "/page", &n_new);

  record = load_feed (fixture, id);
  g_assert_true (g_str_has_suffix (record->url, "/etag"));
  g_assert_cmpuint (n_new, ==, 3);

  g_assert_cmpint (claimline_subscriptions_add (fixture->subscriptions, bare, NULL, NULL, NULL,
                                                NULL, &error), ==, 0);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "names no feed"));
  g_clear_error (&error);

  g_assert_cmpint (claimline_subscriptions_add (fixture->subscriptions, garbage, NULL, NULL, NULL,
                                                NULL, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "is not a feed"));
  g_clear_error (&error);

  /* Failed additions leave no subscription behind. */
  feeds = claimline_subscriptions_list (fixture->subscriptions, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (feeds->len, ==, 1);
}

/* A feed that gains entries between refreshes adds only the new ones. */
static void
test_changing_feed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(ClaimlineRefreshResult) second = NULL;
  g_autoptr(ClaimlineRefreshResult) third = NULL;
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  guint n_new = 0;
  gint64 id;

  feed_server_set_version (&fixture->server, 2);
  id = add_feed (fixture, "/changing", &n_new);
  g_assert_cmpuint (n_new, ==, 2);

  feed_server_set_version (&fixture->server, 5);
  second = claimline_subscriptions_refresh (fixture->subscriptions, id, NULL);
  g_assert_no_error (second->error);
  g_assert_false (second->not_modified);
  g_assert_cmpuint (second->n_new, ==, 3);
  g_assert_cmpint (count_articles (fixture), ==, 5);

  third = claimline_subscriptions_refresh (fixture->subscriptions, id, NULL);
  g_assert_no_error (third->error);
  g_assert_cmpuint (third->n_new, ==, 0);
  g_assert_cmpint (count_articles (fixture), ==, 5);
  record = load_feed (fixture, id);
  g_assert_cmpuint (record->n_articles, ==, 5);

  /* Entries that drop out of the feed stay in the library. */
  feed_server_set_version (&fixture->server, 0);
  {
    g_autoptr(ClaimlineRefreshResult) emptied = claimline_subscriptions_refresh (fixture->subscriptions,
                                                                                 id, NULL);

    g_assert_no_error (emptied->error);
    g_assert_cmpuint (emptied->n_new, ==, 0);
    g_assert_cmpint (count_articles (fixture), ==, 5);
  }
}

/* A refresh whose writes fail (here: the disk is full) keeps nothing of
 * that feed's new entries, and the next refresh stores them all. */
static void
test_refresh_is_atomic (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ClaimlineRefreshResult) failed = NULL;
  g_autoptr(ClaimlineRefreshResult) retried = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  feed_server_set_version (&fixture->server, 2);
  id = add_feed (fixture, "/changing", NULL);
  g_assert_cmpint (count_articles (fixture), ==, 2);

  feed_server_set_version (&fixture->server, 30);
  g_assert_true (claimline_store_set_max_pages (fixture->store, 1, &error));
  g_assert_no_error (error);
  failed = claimline_subscriptions_refresh (fixture->subscriptions, id, NULL);
  g_assert_error (failed->error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_STORE);
  g_assert_cmpuint (failed->n_new, ==, 0);
  g_assert_cmpint (count_articles (fixture), ==, 2);

  g_assert_true (claimline_store_set_max_pages (fixture->store, 1u << 30, &error));
  retried = claimline_subscriptions_refresh (fixture->subscriptions, id, NULL);
  g_assert_no_error (retried->error);
  g_assert_cmpuint (retried->n_new, ==, 28);
  g_assert_cmpint (count_articles (fixture), ==, 30);
}

typedef struct
{
  guint n_calls;
  guint last_done;
  guint total;
} Progress;

static void
progress_cb (const ClaimlineRefreshResult *result,
             guint                         n_done,
             guint                         n_total,
             gpointer                      user_data)
{
  Progress *progress = user_data;

  g_assert_nonnull (result);
  g_assert_cmpuint (n_done, ==, progress->last_done + 1);
  progress->n_calls++;
  progress->last_done = n_done;
  progress->total = n_total;
}

static const ClaimlineRefreshResult *
find_result (GPtrArray *results,
             gint64     feed_id)
{
  for (guint i = 0; i < results->len; i++)
    {
      const ClaimlineRefreshResult *result = g_ptr_array_index (results, i);

      if (result->feed_id == feed_id)
        return result;
    }
  g_assert_not_reached ();
}

static gint64
subscribe_only (Fixture    *fixture,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = feed_server_url (&fixture->server, path);
  gint64 id = claimline_store_add_feed (fixture->store, url, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return id;
}

/* Failing feeds record their errors; the others are refreshed anyway; a
 * 429 is not asked again before its Retry-After time. */
static void
test_refresh_all_with_failures (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 good = subscribe_only (fixture, "/plain");
  gint64 missing = subscribe_only (fixture, "/missing");
  gint64 broken = subscribe_only (fixture, "/error");
  gint64 busy = subscribe_only (fixture, "/busy");
  gint64 slow = subscribe_only (fixture, "/slow");
  gint64 page = subscribe_only (fixture, "/bare-page");
  gint64 bomb = subscribe_only (fixture, "/bomb");
  gint64 other = subscribe_only (fixture, "/plain-other");

  results = claimline_subscriptions_refresh_all (fixture->subscriptions, NULL, 0, progress_cb,
                                                 &progress, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 8);
  g_assert_cmpuint (progress.n_calls, ==, 8);
  g_assert_cmpuint (progress.total, ==, 8);

  g_assert_no_error (find_result (results, good)->error);
  g_assert_cmpuint (find_result (results, good)->n_new, ==, 2);
  g_assert_no_error (find_result (results, other)->error);
  g_assert_cmpuint (find_result (results, other)->n_new, ==, 2);
  g_assert_error (find_result (results, missing)->error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (find_result (results, broken)->error->message, "HTTP 500"));
  g_assert_error (find_result (results, slow)->error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (find_result (results, page)->error->message, "web page, not a feed"));
  g_assert_error (find_result (results, bomb)->error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_assert_cmpint (find_result (results, busy)->retry_after, >=, now + 119);
  g_assert_cmpint (count_articles (fixture), ==, 4);

  /* The errors are kept per feed, with their time. */
  {
    g_autoptr(ClaimlineFeedRecord) record = load_feed (fixture, missing);
    g_autoptr(ClaimlineFeedRecord) busy_record = load_feed (fixture, busy);
    g_autoptr(ClaimlineFeedRecord) good_record = load_feed (fixture, good);

    g_assert_nonnull (strstr (record->last_error, "HTTP 404 Not Found"));
    g_assert_cmpint (record->last_error_time, >=, now);
    g_assert_cmpint (busy_record->retry_after, >=, now + 119);
    g_assert_null (good_record->last_error);
  }

  /* The busy server is left alone; the others are asked again. */
  again = claimline_subscriptions_refresh_all (fixture->subscriptions, NULL, 0, NULL, NULL, NULL,
                                               &error);
  g_assert_no_error (error);
  g_assert_true (find_result (again, busy)->deferred);
  g_assert_cmpuint (feed_server_count_requests (&fixture->server, "/busy"), ==, 1);
  g_assert_cmpuint (feed_server_count_requests (&fixture->server, "/missing"), ==, 2);
  g_assert_cmpuint (find_result (again, good)->n_new, ==, 0);
  g_assert_cmpint (count_articles (fixture), ==, 4);
}

/* Refreshing many feeds of one host asks it at most twice at once. */
static void
test_refresh_per_host_limit (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *path = g_strdup_printf ("/parallel-%u", i);

      subscribe_only (fixture, path);
    }
  start = g_get_monotonic_time ();
  results = claimline_subscriptions_refresh_all (fixture->subscriptions, NULL, 0, NULL, NULL, NULL,
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 6);
  for (guint i = 0; i < results->len; i++)
    g_assert_no_error (((ClaimlineRefreshResult *) g_ptr_array_index (results, i))->error);
  g_assert_cmpuint (fixture->server.max_active, ==, 2);
  /* Two at a time: three rounds of 300 ms, not six. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1600 * 1000);
}

static void
test_refresh_unknown (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(ClaimlineRefreshResult) result = claimline_subscriptions_refresh (fixture->subscriptions,
                                                                              4242, NULL);

  g_assert_error (result->error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
}

/* Removing keeps the articles (untied) or deletes them with their stories. */
static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  gint64 keep = add_feed (fixture, "/plain", NULL);
  gint64 drop = add_feed (fixture, "/etag", NULL);

  g_assert_cmpint (count_articles (fixture), ==, 5);
  g_assert_true (claimline_subscriptions_remove (fixture->subscriptions, keep, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_articles (fixture), ==, 5);

  g_assert_true (claimline_subscriptions_remove (fixture->subscriptions, drop, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_articles (fixture), ==, 2);
  stories = claimline_store_list_stories (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, >, 0);
  for (guint i = 0; i < stories->len; i++)
    {
      const ClaimlineStory *story = g_ptr_array_index (stories, i);
      g_autoptr(GArray) ids = claimline_store_list_story_article_ids (fixture->store, story->id,
                                                                       CLAIMLINE_ARTICLE_SORT_DATE,
                                                                       &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, >, 0);
    }

  g_assert_false (claimline_subscriptions_remove (fixture->subscriptions, drop, TRUE, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (claimline_subscriptions_rename (fixture->subscriptions, keep, "x", &error) == FALSE);
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
}

static const char opml[] =
  "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
  "<outline text=\"Loose &amp; free\" type=\"rss\" xmlUrl=\"http://127.0.0.1:9/loose.xml\"/>"
  "<outline text=\"News\">"
  "  <outline text=\"Harbour Gazette\" type=\"rss\" xmlUrl=\"http://127.0.0.1:9/harbour.xml\"/>"
  "  <outline text=\"Local\"><outline text=\"Quay Post\" type=\"rss\" xmlUrl=\"http://127.0.0.1:9/quay.xml\"/></outline>"
  "</outline>"
  "</body></opml>";

/* OPML in, OPML out, OPML in again: titles, URLs and folders survive. */
static void
test_opml_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (opml, strlen (opml));
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GBytes) exported_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  guint n_added = 0;

  g_assert_true (claimline_subscriptions_import_opml (fixture->subscriptions, bytes, &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 3);
  g_assert_true (claimline_subscriptions_import_opml (fixture->subscriptions, bytes, &n_added, &error));
  g_assert_cmpuint (n_added, ==, 0);

  listed = claimline_subscriptions_list (fixture->subscriptions, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 3);

  exported = claimline_subscriptions_export_opml (fixture->subscriptions, &error);
  g_assert_no_error (error);
  exported_bytes = g_bytes_new (exported, strlen (exported));
  parsed = claimline_opml_parse (exported_bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 3);
  for (guint i = 0; i < listed->len; i++)
    {
      const ClaimlineFeedRecord *record = g_ptr_array_index (listed, i);
      gboolean found = FALSE;

      for (guint j = 0; j < parsed->len; j++)
        {
          const ClaimlineOpmlFeed *feed = g_ptr_array_index (parsed, j);

          if (g_strcmp0 (feed->url, record->url) != 0)
            continue;
          found = TRUE;
          g_assert_cmpstr (feed->title, ==, record->title);
          g_assert_cmpstr (feed->folder, ==, record->folder);
        }
      g_assert_true (found);
      if (g_str_has_suffix (record->url, "quay.xml"))
        {
          g_assert_cmpstr (record->title, ==, "Quay Post");
          g_assert_cmpstr (record->folder, ==, "News/Local");
        }
      if (g_str_has_suffix (record->url, "loose.xml"))
        {
          g_assert_cmpstr (record->title, ==, "Loose & free");
          g_assert_null (record->folder);
        }
    }
}

static void
test_rename_and_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(ClaimlineFeedRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_feed (fixture, "/plain", NULL);

  g_assert_true (claimline_subscriptions_rename (fixture->subscriptions, id, "Quay Post", &error));
  g_assert_true (claimline_subscriptions_set_folder (fixture->subscriptions, id, "Local", &error));
  g_assert_no_error (error);
  record = load_feed (fixture, id);
  g_assert_cmpstr (record->title, ==, "Quay Post");
  g_assert_cmpstr (record->folder, ==, "Local");

  /* A refresh keeps the reader's title. */
  {
    g_autoptr(ClaimlineRefreshResult) result = claimline_subscriptions_refresh (fixture->subscriptions,
                                                                                id, NULL);
    g_autoptr(ClaimlineFeedRecord) after = load_feed (fixture, id);

    g_assert_no_error (result->error);
    g_assert_cmpstr (after->title, ==, "Quay Post");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/subscriptions/add-then-not-modified", test_add_then_not_modified);
  ADD ("/subscriptions/add-last-modified", test_add_last_modified);
  ADD ("/subscriptions/add-by-page", test_add_by_page);
  ADD ("/subscriptions/changing-feed", test_changing_feed);
  ADD ("/subscriptions/refresh-is-atomic", test_refresh_is_atomic);
  ADD ("/subscriptions/refresh-all-with-failures", test_refresh_all_with_failures);
  ADD ("/subscriptions/per-host-limit", test_refresh_per_host_limit);
  ADD ("/subscriptions/refresh-unknown", test_refresh_unknown);
  ADD ("/subscriptions/remove", test_remove);
  ADD ("/subscriptions/opml-round-trip", test_opml_round_trip);
  ADD ("/subscriptions/rename-and-folder", test_rename_and_folder);
#undef ADD

  return g_test_run ();
}
