/* test-feed-server.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/socket.h>

#include "test-feed-server.h"

#define ETAG "\"harbour-v1\""
#define LAST_MODIFIED "Mon, 02 Jun 2025 08:00:00 GMT"
#define SLOW_SECONDS 3
#define BOMB_BYTES (32 * 1024 * 1024)
#define HUGE_HEADER_BYTES (1024 * 1024)

static const char feed_page[] =
  "<!DOCTYPE html><html><head><title>Harbour Gazette</title>"
  "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/etag\">"
  "</head><body><h1>Harbour Gazette</h1><p>Front page.</p></body></html>";

static const char bare_page[] =
  "<!DOCTYPE html><html><head><title>Nothing here</title></head>"
  "<body><p>No feed on this page.</p></body></html>";

char *
feed_server_rss (const char *title,
                 guint       n_items)
{
  GString *rss = g_string_new ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<rss version=\"2.0\"><channel>");

  g_string_append_printf (rss, "<title>%s</title><link>http://127.0.0.1/</link>"
                          "<description>Test feed</description>", title);
  for (guint i = n_items; i > 0; i--)
    g_string_append_printf (rss,
                            "<item><title>%s report %u: ferry fares rise</title>"
                            "<guid isPermaLink=\"false\">%s-item-%u</guid>"
                            "<link>http://127.0.0.1/%s/%u</link>"
                            "<pubDate>Mon, %02u Jun 2025 08:00:00 GMT</pubDate>"
                            "<description>The harbour board of %s raised ferry fares by %u percent"
                            " on Monday, its %u. change this year.</description></item>",
                            title, i, title, i, title, i, MIN (i, 28), title, i + 2, i);
  g_string_append (rss, "</channel></rss>\n");
  return g_string_free (rss, FALSE);
}

static void
set_feed (SoupServerMessage *message,
          const char        *title,
          guint              n_items)
{
  char *rss = feed_server_rss (title, n_items);

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/rss+xml; charset=utf-8",
                                    SOUP_MEMORY_TAKE, rss, strlen (rss));
}

static gboolean
unpause_cb (gpointer data)
{
  SoupServerMessage *message = data;

  set_feed (message, "Slow", 1);
  soup_server_message_unpause (message);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  FeedServer        *server;
  SoupServerMessage *message;
} Parallel;

static gboolean
parallel_done_cb (gpointer data)
{
  Parallel *parallel = data;

  g_mutex_lock (&parallel->server->lock);
  parallel->server->active--;
  g_mutex_unlock (&parallel->server->lock);
  set_feed (parallel->message, "Parallel", 1);
  soup_server_message_unpause (parallel->message);
  g_free (parallel);
  return G_SOURCE_REMOVE;
}

/* Answers with headers promising more body than is sent, then hangs up. */
static void
send_truncated (SoupServerMessage *message)
{
  GIOStream *stream = soup_server_message_steal_connection (message);
  GOutputStream *out = g_io_stream_get_output_stream (stream);
  g_autofree char *rss = feed_server_rss ("Truncated", 3);
  g_autofree char *head = g_strdup_printf ("HTTP/1.1 200 OK\r\n"
                                           "Content-Type: application/rss+xml\r\n"
                                           "Content-Length: %zu\r\n"
                                           "Connection: close\r\n\r\n",
                                           strlen (rss) + 4000);

  g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL);
  g_output_stream_write_all (out, rss, strlen (rss) / 2, NULL, NULL, NULL);
  g_io_stream_close (stream, NULL, NULL);
  g_object_unref (stream);
}

/* Sends one byte of STREAM's pending body every DRIP_MS: no single read
 * waits long, the whole body takes far longer than any deadline. */
#define DRIP_MS 200

typedef struct
{
  GIOStream *stream;
  char      *body;
  gsize      sent;
  gsize      length;
} Drip;

static void
drip_free (Drip *drip)
{
  g_io_stream_close (drip->stream, NULL, NULL);
  g_object_unref (drip->stream);
  g_free (drip->body);
  g_free (drip);
}

static gboolean
drip_cb (gpointer data)
{
  Drip *drip = data;
  GOutputStream *out = g_io_stream_get_output_stream (drip->stream);

  if (drip->sent >= drip->length ||
      !g_output_stream_write_all (out, drip->body + drip->sent, 1, NULL, NULL, NULL))
    return G_SOURCE_REMOVE;
  drip->sent++;
  return G_SOURCE_CONTINUE;
}

/* Drips the body, or (WHOLE) the status line and headers too. */
static void
send_dripping (FeedServer        *server,
               SoupServerMessage *message,
               gboolean           whole)
{
  Drip *drip = g_new0 (Drip, 1);
  GSource *source = g_timeout_source_new (DRIP_MS);
  g_autofree char *rss = feed_server_rss ("Dripping", 5);
  g_autofree char *head = g_strdup_printf ("HTTP/1.1 200 OK\r\n"
                                           "Content-Type: application/rss+xml\r\n"
                                           "Content-Length: %zu\r\n"
                                           "Connection: close\r\n\r\n",
                                           strlen (rss));

  drip->stream = soup_server_message_steal_connection (message);
  if (whole)
    drip->body = g_strconcat (head, rss, NULL);
  else
    {
      drip->body = g_steal_pointer (&rss);
      g_output_stream_write_all (g_io_stream_get_output_stream (drip->stream),
                                 head, strlen (head), NULL, NULL, NULL);
    }
  drip->length = strlen (drip->body);
  g_source_set_callback (source, drip_cb, drip, (GDestroyNotify) drip_free);
  g_source_attach (source, server->local.context);
  g_source_unref (source);
}

/* Answers with a chunked body and resets the connection (RST, not FIN:
 * SO_LINGER 0) in the middle of a chunk. */
static void
send_reset (SoupServerMessage *message)
{
  GSocket *socket = g_object_ref (soup_server_message_get_socket (message));
  GIOStream *stream = soup_server_message_steal_connection (message);
  GOutputStream *out = g_io_stream_get_output_stream (stream);
  g_autofree char *rss = feed_server_rss ("Reset", 3);
  gsize half = strlen (rss) / 2;
  g_autofree char *chunk = g_strdup_printf ("%zx\r\n", strlen (rss));
  static const char head[] = "HTTP/1.1 200 OK\r\n"
                             "Content-Type: application/rss+xml\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n";
  struct linger linger = { .l_onoff = 1, .l_linger = 0 };

  g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL);
  g_output_stream_write_all (out, chunk, strlen (chunk), NULL, NULL, NULL);
  g_output_stream_write_all (out, rss, half, NULL, NULL, NULL);
  g_output_stream_flush (out, NULL, NULL);
  setsockopt (g_socket_get_fd (socket), SOL_SOCKET, SO_LINGER, &linger, sizeof linger);
  g_io_stream_close (stream, NULL, NULL);
  g_object_unref (stream);
  g_object_unref (socket);
}

static void
handle_conditional (SoupServerMessage *message,
                    gboolean           by_etag)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (message);
  const char *validator = by_etag
    ? soup_message_headers_get_one (request, "If-None-Match")
    : soup_message_headers_get_one (request, "If-Modified-Since");

  if (g_strcmp0 (validator, by_etag ? ETAG : LAST_MODIFIED) == 0)
    soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
  else
    set_feed (message, by_etag ? "Etag" : "Dated", 3);
  soup_message_headers_replace (response, by_etag ? "ETag" : "Last-Modified",
                                by_etag ? ETAG : LAST_MODIFIED);
}

static void
handle_cb (SoupServer        *soup_server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  FeedServer *server = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (message);
  guint version, count;

  g_mutex_lock (&server->lock);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (server->requests, path));
  g_hash_table_insert (server->requests, g_strdup (path), GUINT_TO_POINTER (count + 1));
  g_free (server->user_agent);
  server->user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));
  version = server->version;
  g_mutex_unlock (&server->lock);

  if (g_str_equal (path, "/etag") || g_str_equal (path, "/dated"))
    handle_conditional (message, g_str_equal (path, "/etag"));
  else if (g_str_equal (path, "/plain") || g_str_has_prefix (path, "/plain-"))
    set_feed (message, path + 1, 2);
  else if (g_str_equal (path, "/changing"))
    set_feed (message, "Changing", version);
  else if (g_str_equal (path, "/redirect"))
    soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "/etag");
  else if (g_str_equal (path, "/loop-a"))
    soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, "/loop-b");
  else if (g_str_equal (path, "/loop-b"))
    soup_server_message_set_redirect (message, SOUP_STATUS_MOVED_PERMANENTLY, "/loop-a");
  else if (g_str_has_prefix (path, "/chain/"))
    {
      guint64 n = g_ascii_strtoull (path + strlen ("/chain/"), NULL, 10);
      g_autofree char *next = g_strdup_printf ("/chain/%" G_GUINT64_FORMAT, n - 1);

      if (n == 0)
        set_feed (message, "Chain", 1);
      else
        soup_server_message_set_redirect (message, SOUP_STATUS_FOUND, next);
    }
  else if (g_str_equal (path, "/slow"))
    {
      GSource *source = g_timeout_source_new_seconds (SLOW_SECONDS);

      soup_server_message_pause (message);
      g_source_set_callback (source, unpause_cb, message, NULL);
      g_source_attach (source, server->local.context);
      g_source_unref (source);
    }
  else if (g_str_has_prefix (path, "/parallel"))
    {
      GSource *source = g_timeout_source_new (300);
      Parallel *parallel = g_new0 (Parallel, 1);

      parallel->server = server;
      parallel->message = message;
      g_mutex_lock (&server->lock);
      server->active++;
      server->max_active = MAX (server->max_active, server->active);
      g_mutex_unlock (&server->lock);
      soup_server_message_pause (message);
      g_source_set_callback (source, parallel_done_cb, parallel, NULL);
      g_source_attach (source, server->local.context);
      g_source_unref (source);
    }
  else if (g_str_equal (path, "/error"))
    soup_server_message_set_status (message, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (path, "/busy"))
    {
      soup_server_message_set_status (message, 429, "Too Many Requests");
      soup_message_headers_replace (response, "Retry-After", "120");
    }
  else if (g_str_equal (path, "/truncated"))
    send_truncated (message);
  else if (g_str_equal (path, "/dripping") || g_str_equal (path, "/dripping-head"))
    send_dripping (server, message, g_str_equal (path, "/dripping-head"));
  else if (g_str_equal (path, "/reset"))
    send_reset (message);
  else if (g_str_equal (path, "/huge-header"))
    {
      gsize size = HUGE_HEADER_BYTES;
      g_autofree char *value = g_malloc (size + 1);

      memset (value, 'a', size);
      value[size] = '\0';
      set_feed (message, "Huge header", 1);
      soup_message_headers_replace (response, "X-Padding", value);
    }
  else if (g_str_equal (path, "/huge") || g_str_equal (path, "/huge-chunked"))
    {
      gsize size = 4 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, ' ', size);
      memcpy (body, "<rss version=\"2.0\"><channel>", 28);
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      if (g_str_equal (path, "/huge-chunked"))
        soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      soup_server_message_set_response (message, "application/rss+xml", SOUP_MEMORY_TAKE, body, size);
    }
  else if (g_str_equal (path, "/bomb"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (response, "Content-Encoding", "gzip");
      soup_server_message_set_response (message, "application/rss+xml", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (server->bomb, NULL),
                                        g_bytes_get_size (server->bomb));
    }
  else if (g_str_equal (path, "/gzipped"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (response, "Content-Encoding", "gzip");
      soup_server_message_set_response (message, "application/rss+xml", SOUP_MEMORY_COPY,
                                        g_bytes_get_data (server->gzipped, NULL),
                                        g_bytes_get_size (server->gzipped));
    }
  else if (g_str_equal (path, "/page"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        feed_page, strlen (feed_page));
    }
  else if (g_str_equal (path, "/bare-page"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        bare_page, strlen (bare_page));
    }
  else if (g_str_equal (path, "/garbage"))
    {
      static const char garbage[] = "\x01\x02 this is { not [ a feed at all";

      soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (message, "application/rss+xml", SOUP_MEMORY_STATIC,
                                        garbage, sizeof garbage - 1);
    }
  else
    soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
}

/* DATA gzipped, then REPEAT megabytes of spaces after it. */
static GBytes *
gzip_bytes (const char *data,
            guint       repeat)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) gzip = g_converter_output_stream_new (memory, G_CONVERTER (compressor));
  g_autofree char *spaces = g_malloc (1024 * 1024);

  memset (spaces, ' ', 1024 * 1024);
  g_output_stream_write_all (gzip, data, strlen (data), NULL, NULL, NULL);
  for (guint i = 0; i < repeat; i++)
    g_output_stream_write_all (gzip, spaces, 1024 * 1024, NULL, NULL, NULL);
  g_output_stream_close (gzip, NULL, NULL);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

void
feed_server_start (FeedServer *server)
{
  g_mutex_init (&server->lock);
  server->requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  server->version = 1;
  server->bomb = gzip_bytes ("<rss version=\"2.0\"><channel>", BOMB_BYTES / (1024 * 1024));
  {
    g_autofree char *rss = feed_server_rss ("Zipped", 2);

    server->gzipped = gzip_bytes (rss, 0);
  }
  local_server_start (&server->local, "feed-server", 1, handle_cb, server);
}

void
feed_server_stop (FeedServer *server)
{
  local_server_stop (&server->local);
  g_clear_pointer (&server->bomb, g_bytes_unref);
  g_clear_pointer (&server->gzipped, g_bytes_unref);
  g_clear_pointer (&server->requests, g_hash_table_unref);
  g_clear_pointer (&server->user_agent, g_free);
  g_mutex_clear (&server->lock);
}

char *
feed_server_url (FeedServer *server,
                 const char *path)
{
  /* The base ends with '/'. */
  return g_strconcat (server->local.bases[0], path + 1, NULL);
}

void
feed_server_set_version (FeedServer *server,
                         guint       version)
{
  g_mutex_lock (&server->lock);
  server->version = version;
  g_mutex_unlock (&server->lock);
}

guint
feed_server_count_requests (FeedServer *server,
                            const char *path)
{
  guint count;

  g_mutex_lock (&server->lock);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (server->requests, path));
  g_mutex_unlock (&server->lock);
  return count;
}
