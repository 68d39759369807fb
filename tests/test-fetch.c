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

typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *base;
} Server;

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

static gpointer
server_thread (gpointer data)
{
  Server *server = data;

  g_main_context_push_thread_default (server->context);
  g_main_loop_run (server->loop);
  g_main_context_pop_thread_default (server->context);
  return NULL;
}

static void
server_start (Server *server)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  GSList *uris;

  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  g_main_context_push_thread_default (server->context);
  server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server->server, NULL, handle_cb, NULL, NULL);
  soup_server_listen (server->server, address, 0, &error);
  g_main_context_pop_thread_default (server->context);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server->server);
  server->base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  server->thread = g_thread_new ("test-server", server_thread, server);
}

static void
server_stop (Server *server)
{
  g_main_loop_quit (server->loop);
  g_thread_join (server->thread);
  g_clear_object (&server->server);
  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  g_free (server->base);
}

static char *
url_for (Server     *server,
         const char *path)
{
  /* The base ends with '/'. */
  return g_strconcat (server->base, path + 1, NULL);
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
  server_stop (&server);
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
  server_stop (&server);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fetch/article", test_fetch_article);
  g_test_add_func ("/fetch/errors", test_fetch_errors);

  return g_test_run ();
}
