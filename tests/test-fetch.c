/* test-fetch.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fetcher against a SoupServer on 127.0.0.1; nothing leaves the machine.
 */

#include "config.h"

#include <libsoup/soup.h>

#include "claimline-error.h"
#include "claimline-fetcher.h"
#include "claimline-subscriptions.h"
#include "test-feed-server.h"
#include "test-local-server.h"

typedef LocalServer Server;

static const char page[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
  "<title>Ferry line reopens</title>"
  "<meta property=\"og:site_name\" content=\"Island Courier\"></head>"
  "<body><nav>Home | World | Sport</nav>"
  "<article><h1>Ferry line reopens</h1>"
  "<p>The ferry line between the two islands reopened on Monday after a winter of repairs.</p>"
  "<p>Operators said the crossing now takes forty minutes.</p></article>"
  "<script>track();</script></body></html>";

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/article"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8",
                                        SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else if (g_str_equal (path, "/moved"))
    {
      soup_server_message_set_redirect (message, SOUP_STATUS_MOVED_PERMANENTLY, "/article");
    }
  else if (g_str_equal (path, "/large"))
    {
      g_autofree char *body = g_strnfill (4096, 'x');

      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_COPY, body, 4096);
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

static void
server_start (Server *server)
{
  local_server_start (server, "test-server", 1, handle_cb, NULL);
}

static char *
url_for (Server     *server,
         const char *path)
{
  /* The base ends with '/'. */
  return g_strconcat (server->bases[0], path + 1, NULL);
}

static void
test_fetch_article (void)
{
  Server server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *moved = NULL;

  server_start (&server);
  url = url_for (&server, "/article");
  moved = url_for (&server, "/moved");
  g_assert_true (g_str_has_prefix (url, "http://127.0.0.1:"));

  {
    g_autoptr(ClaimlineDocument) document = claimline_fetcher_import_url (fetcher, url, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (document->title, ==, "Ferry line reopens");
    g_assert_cmpstr (document->outlet, ==, "Island Courier");
    g_assert_nonnull (strstr (document->text, "forty minutes"));
    g_assert_null (strstr (document->text, "track()"));
    g_assert_null (strstr (document->text, "Sport"));
    g_assert_nonnull (document->url);
  }

  /* Redirects are followed. */
  {
    g_autoptr(ClaimlineDocument) document = claimline_fetcher_import_url (fetcher, moved, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (document->title, ==, "Ferry line reopens");
  }
  local_server_stop (&server);
}

static void
test_fetch_errors (void)
{
  Server server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *large = NULL;

  server_start (&server);
  missing = url_for (&server, "/missing");
  large = url_for (&server, "/large");

  g_assert_null (claimline_fetcher_import_url (fetcher, missing, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "404"));
  g_clear_error (&error);

  claimline_fetcher_set_max_bytes (fetcher, 1024);
  g_assert_null (claimline_fetcher_fetch (fetcher, large, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_null (claimline_fetcher_fetch (fetcher, "ftp://127.0.0.1/x", NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT);
  local_server_stop (&server);
}

/* A fetcher with a small cap and a short timeout, for the fault tests. */
static ClaimlineFetcher *
strict_fetcher (void)
{
  ClaimlineFetcher *fetcher = claimline_fetcher_new ();

  claimline_fetcher_set_max_bytes (fetcher, 1024 * 1024);
  claimline_fetcher_set_timeout (fetcher, 1);
  return fetcher;
}

static ClaimlineFetchResult *
fetch_path (ClaimlineFetcher  *fetcher,
            FeedServer        *server,
            const char        *path,
            const char        *etag,
            const char        *last_modified,
            gint64            *out_retry_after,
            GError           **error)
{
  g_autofree char *url = feed_server_url (server, path);

  return claimline_fetcher_fetch_full (fetcher, url, etag, last_modified, out_retry_after,
                                       NULL, error);
}

static void
test_fetch_conditional (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;

  feed_server_start (&server);
  {
    g_autoptr(ClaimlineFetchResult) first = fetch_path (fetcher, &server, "/etag", NULL, NULL,
                                                        NULL, &error);
    g_autoptr(ClaimlineFetchResult) again = NULL;
    g_autoptr(ClaimlineFetchResult) stale = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (first->status, ==, 200);
    g_assert_false (first->not_modified);
    g_assert_nonnull (first->body);
    g_assert_cmpstr (first->etag, ==, "\"harbour-v1\"");
    g_assert_true (g_str_has_prefix (first->content_type, "application/rss+xml"));

    /* The stored ETag gets a 304 and no body. */
    again = fetch_path (fetcher, &server, "/etag", first->etag, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (again->not_modified);
    g_assert_cmpuint (again->status, ==, 304);
    g_assert_null (again->body);
    g_assert_cmpstr (again->etag, ==, "\"harbour-v1\"");

    stale = fetch_path (fetcher, &server, "/etag", "\"harbour-v0\"", NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (stale->not_modified);
    g_assert_nonnull (stale->body);
  }
  {
    g_autoptr(ClaimlineFetchResult) first = fetch_path (fetcher, &server, "/dated", NULL, NULL,
                                                        NULL, &error);
    g_autoptr(ClaimlineFetchResult) again = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (first->last_modified, ==, "Mon, 02 Jun 2025 08:00:00 GMT");
    again = fetch_path (fetcher, &server, "/dated", NULL, first->last_modified, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (again->not_modified);
    g_assert_cmpstr (again->last_modified, ==, first->last_modified);
  }
  /* The user agent names Claimline and its version. */
  g_assert_cmpstr (server.user_agent, ==, "Claimline/" PACKAGE_VERSION);
  feed_server_stop (&server);
}

static void
test_fetch_redirects (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;

  feed_server_start (&server);
  {
    g_autoptr(ClaimlineFetchResult) result = fetch_path (fetcher, &server, "/redirect", NULL, NULL,
                                                         NULL, &error);

    g_assert_no_error (error);
    g_assert_true (g_str_has_suffix (result->final_url, "/etag"));
    g_assert_nonnull (result->body);
  }
  {
    g_autoptr(ClaimlineFetchResult) result = fetch_path (fetcher, &server, "/chain/5", NULL, NULL,
                                                         NULL, &error);

    g_assert_no_error (error);
    g_assert_true (g_str_has_suffix (result->final_url, "/chain/0"));
  }

  g_assert_null (fetch_path (fetcher, &server, "/loop-a", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "redirect loop"));
  g_clear_error (&error);
  /* Each hop of the loop was asked once: the loop is seen, not run to the limit. */
  g_assert_cmpuint (feed_server_count_requests (&server, "/loop-a"), ==, 1);
  g_assert_cmpuint (feed_server_count_requests (&server, "/loop-b"), ==, 1);

  g_assert_null (fetch_path (fetcher, &server, "/chain/6", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "more than 5 redirects"));
  g_clear_error (&error);
  feed_server_stop (&server);
}

static void
test_fetch_timeout (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;
  gint64 start;

  feed_server_start (&server);
  start = g_get_monotonic_time ();
  g_assert_null (fetch_path (fetcher, &server, "/slow", NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, "no answer within 1 seconds"));
  /* Given up after the timeout, not after the server's three seconds. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2800 * 1000);
  feed_server_stop (&server);
}

static gpointer
cancel_soon (gpointer data)
{
  g_usleep (200 * 1000);
  g_cancellable_cancel (data);
  return NULL;
}

static void
test_fetch_cancel (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = claimline_fetcher_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  GThread *canceller;
  gint64 start;

  feed_server_start (&server);
  url = feed_server_url (&server, "/slow");
  start = g_get_monotonic_time ();
  canceller = g_thread_new ("cancel", cancel_soon, cancellable);
  g_assert_null (claimline_fetcher_fetch_full (fetcher, url, NULL, NULL, NULL, cancellable, &error));
  g_thread_join (canceller);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2000 * 1000);
  feed_server_stop (&server);
}

static void
test_fetch_http_errors (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;
  gint64 retry_after = -1;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  feed_server_start (&server);
  g_assert_null (fetch_path (fetcher, &server, "/missing", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "HTTP 404 Not Found"));
  g_clear_error (&error);

  g_assert_null (fetch_path (fetcher, &server, "/error", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "HTTP 500 Internal Server Error"));
  g_clear_error (&error);

  /* 429 with Retry-After: the time to come back is reported. */
  g_assert_null (fetch_path (fetcher, &server, "/busy", NULL, NULL, &retry_after, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "HTTP 429"));
  g_assert_cmpint (retry_after, >=, now + 119);
  g_assert_cmpint (retry_after, <=, now + 125);
  g_clear_error (&error);

  g_assert_null (fetch_path (fetcher, &server, "/error", NULL, NULL, &retry_after, &error));
  g_assert_cmpint (retry_after, ==, 0);
  feed_server_stop (&server);
}

static void
test_fetch_bodies (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;

  feed_server_start (&server);
  /* Content-Length promises more than arrives before the server hangs up. */
  g_assert_null (fetch_path (fetcher, &server, "/truncated", NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/truncated"));
  g_clear_error (&error);

  /* Over the cap: refused from Content-Length, or while reading a chunked body. */
  g_assert_null (fetch_path (fetcher, &server, "/huge", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than 1048576 bytes"));
  g_clear_error (&error);
  g_assert_null (fetch_path (fetcher, &server, "/huge-chunked", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A small gzip body that expands to 32 MB stops at the cap on the
   * decoded size; a normal gzipped feed is decoded. */
  g_assert_cmpuint (g_bytes_get_size (server.bomb), <, 1024 * 1024);
  g_assert_null (fetch_path (fetcher, &server, "/bomb", NULL, NULL, NULL, &error));
  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE);
  g_clear_error (&error);
  {
    g_autoptr(ClaimlineFetchResult) result = fetch_path (fetcher, &server, "/gzipped", NULL, NULL,
                                                         NULL, &error);
    gsize size;
    const char *data;

    g_assert_no_error (error);
    data = g_bytes_get_data (result->body, &size);
    g_assert_true (size > 5 && memcmp (data, "<?xml", 5) == 0);
  }
  feed_server_stop (&server);
}

/* A server sending the body one byte every 200 ms never lets a single read
 * time out; the overall deadline (four times the 1 s timeout) ends it. */
static void
test_fetch_slowloris (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;
  gint64 start, elapsed;

  feed_server_start (&server);
  start = g_get_monotonic_time ();
  g_assert_null (fetch_path (fetcher, &server, "/dripping", NULL, NULL, NULL, &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, "/dripping"));
  g_assert_nonnull (strstr (error->message, "took too long"));
  /* Not given up by a read timeout, and not much after the deadline. */
  g_assert_cmpint (elapsed, >=, 4 * G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* The same when the status line and headers are dripped. */
  start = g_get_monotonic_time ();
  g_assert_null (fetch_path (fetcher, &server, "/dripping-head", NULL, NULL, NULL, &error));
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("dripped headers: %s after %" G_GINT64_FORMAT " ms", error->message, elapsed / 1000);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_nonnull (strstr (error->message, "/dripping-head"));
  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC);
  feed_server_stop (&server);
}

/* The connection is reset in the middle of a chunked body: an error, never
 * the half body as if it were all. */
static void
test_fetch_reset (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;

  feed_server_start (&server);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_null (fetch_path (fetcher, &server, "/reset", NULL, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_test_message ("reset: %s", error->message);
      g_assert_true (error->domain == G_IO_ERROR);
      g_assert_nonnull (strstr (error->message, "Cannot fetch"));
      g_assert_nonnull (strstr (error->message, "/reset"));
      g_clear_error (&error);
    }
  g_assert_cmpuint (feed_server_count_requests (&server, "/reset"), ==, 5);
  feed_server_stop (&server);
}

/* A feed hit by a reset stores nothing; the other feeds of the same
 * refresh store theirs, and a second refresh adds nothing twice. */
static void
test_fetch_reset_refresh (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(ClaimlineStore) store = NULL;
  g_autoptr(ClaimlineSubscriptions) subscriptions = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { "/plain", "/reset", "/plain-other", "/huge-header" };
  gint64 ids[G_N_ELEMENTS (paths)];

  feed_server_start (&server);
  store = claimline_store_new (":memory:", &error);
  g_assert_no_error (error);
  subscriptions = claimline_subscriptions_new (store, fetcher);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *url = feed_server_url (&server, paths[i]);

      ids[i] = claimline_store_add_feed (store, url, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  for (guint round = 0; round < 2; round++)
    {
      g_clear_pointer (&results, g_ptr_array_unref);
      results = claimline_subscriptions_refresh_all (subscriptions, NULL, 0, NULL, NULL, NULL,
                                                     &error);
      g_assert_no_error (error);
      g_assert_cmpuint (results->len, ==, G_N_ELEMENTS (paths));
      for (guint i = 0; i < results->len; i++)
        {
          ClaimlineRefreshResult *result = g_ptr_array_index (results, i);

          if (result->feed_id == ids[0] || result->feed_id == ids[2])
            {
              g_assert_no_error (result->error);
              g_assert_cmpuint (result->n_new, ==, round == 0 ? 2 : 0);
            }
          else
            {
              g_assert_nonnull (result->error);
              g_assert_cmpuint (result->n_new, ==, 0);
            }
        }
      g_assert_cmpint (claimline_store_count_articles (store, &error), ==, 4);
      g_assert_no_error (error);
    }
  {
    g_autoptr(ClaimlineFeedRecord) record = claimline_store_load_feed (store, ids[1], &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (record->last_error, "/reset"));
  }
  feed_server_stop (&server);
}

/* The process's peak resident size in kB (VmHWM), 0 where unknown. */
static guint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10) : 0;
}

/* A 1 MB header value is refused with an error, not held or crashed on. */
static void
test_fetch_huge_header (void)
{
  FeedServer server = { 0 };
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint64 peak_before = 0;

  feed_server_start (&server);
  for (guint i = 0; i < 20; i++)
    {
      if (i == 1)
        peak_before = peak_rss_kb ();
      g_assert_null (fetch_path (fetcher, &server, "/huge-header", NULL, NULL, NULL, &error));
      g_test_message ("huge header: %s", error->message);
      /* libsoup stops reading the headers: "Header too big". */
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
      g_assert_nonnull (strstr (error->message, "/huge-header"));
      g_clear_error (&error);
    }
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  /* Memory stays bounded: after the first refusal, nineteen more (19 MB
   * of headers sent) raise the peak by less than two copies. */
  g_test_message ("peak RSS grew by %" G_GUINT64_FORMAT " kB", peak_rss_kb () - peak_before);
#if !defined(__SANITIZE_ADDRESS__)
  if (peak_before > 0)
    g_assert_cmpuint (peak_rss_kb () - peak_before, <, 2 * 1024);
#endif

  /* The fetcher still works afterwards. */
  {
    g_autoptr(ClaimlineFetchResult) result = fetch_path (fetcher, &server, "/plain", NULL, NULL,
                                                         NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (result->body);
  }
  feed_server_stop (&server);
}

static void
tls_handle_cb (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "secret", 6);
}

typedef struct
{
  ClaimlineFetcher *fetcher;
  const char       *url;
  GBytes           *body;
  GError           *error;
  gint              done;
} TlsFetch;

static gpointer
tls_fetch_thread (gpointer data)
{
  TlsFetch *fetch = data;

  fetch->body = claimline_fetcher_fetch (fetch->fetcher, fetch->url, NULL, NULL, &fetch->error);
  g_atomic_int_set (&fetch->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

/* A server whose certificate nobody vouches for is refused, with a
 * message that says so. */
static void
test_fetch_untrusted_tls (void)
{
  g_autofree char *pem = g_test_build_filename (G_TEST_DIST, "fixtures", "fetch-tls", "server.pem",
                                                NULL);
  g_autoptr(GTlsCertificate) certificate = NULL;
  g_autoptr(ClaimlineFetcher) fetcher = strict_fetcher ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  TlsFetch fetch = { 0 };
  GThread *thread;
  GSList *uris;

#if defined(__SANITIZE_ADDRESS__)
  /* LeakSanitizer's tracer crashes at exit once GnuTLS has run here. */
  g_test_skip ("TLS is not checked under AddressSanitizer");
  return;
#endif
  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) is installed");
      return;
    }
  certificate = g_tls_certificate_new_from_file (pem, &error);
  g_assert_no_error (error);
  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, tls_handle_cb, NULL, NULL);
  soup_server_listen (server, address, SOUP_SERVER_LISTEN_HTTPS, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_assert_true (g_str_has_prefix (url, "https://127.0.0.1:"));

  /* The server answers from this thread's main context. */
  fetch.fetcher = fetcher;
  fetch.url = url;
  thread = g_thread_new ("tls-fetch", tls_fetch_thread, &fetch);
  while (!g_atomic_int_get (&fetch.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  g_assert_null (fetch.body);
  g_assert_error (fetch.error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED);
  g_assert_nonnull (strstr (fetch.error->message, "TLS certificate is not trusted"));
  g_clear_error (&fetch.error);
  soup_server_disconnect (server);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fetch/article", test_fetch_article);
  g_test_add_func ("/fetch/errors", test_fetch_errors);
  g_test_add_func ("/fetch/conditional", test_fetch_conditional);
  g_test_add_func ("/fetch/redirects", test_fetch_redirects);
  g_test_add_func ("/fetch/timeout", test_fetch_timeout);
  g_test_add_func ("/fetch/cancel", test_fetch_cancel);
  g_test_add_func ("/fetch/http-errors", test_fetch_http_errors);
  g_test_add_func ("/fetch/bodies", test_fetch_bodies);
  g_test_add_func ("/fetch/untrusted-tls", test_fetch_untrusted_tls);
  g_test_add_func ("/fetch/slowloris", test_fetch_slowloris);
  g_test_add_func ("/fetch/reset", test_fetch_reset);
  g_test_add_func ("/fetch/reset-refresh", test_fetch_reset_refresh);
  g_test_add_func ("/fetch/huge-header", test_fetch_huge_header);

  return g_test_run ();
}
