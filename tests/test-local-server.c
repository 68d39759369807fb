/* test-local-server.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "test-local-server.h"

static gpointer
server_thread (gpointer data)
{
  LocalServer *server = data;

  g_main_context_push_thread_default (server->context);
  g_main_loop_run (server->loop);
  g_main_context_pop_thread_default (server->context);
  return NULL;
}

void
local_server_start (LocalServer        *server,
                    const char         *name,
                    guint               n_hosts,
                    SoupServerCallback  handler,
                    gpointer            data)
{
  GSList *uris;

  g_assert (n_hosts >= 1 && n_hosts <= LOCAL_SERVER_MAX_HOSTS);
  server->n_hosts = n_hosts;
  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  /* the server's sockets belong to the context it is made in */
  g_main_context_push_thread_default (server->context);
  server->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server->server, NULL, handler, data, NULL);
  for (guint h = 0; h < n_hosts; h++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *ip = g_strdup_printf ("127.0.0.%u", h + 1);
      g_autoptr(GInetAddress) inet = g_inet_address_new_from_string (ip);
      g_autoptr(GSocketAddress) address = g_inet_socket_address_new (inet, 0);

      if (!soup_server_listen (server->server, address, 0, &error))
        g_error ("Cannot listen on %s: %s", ip, error->message);
    }
  g_main_context_pop_thread_default (server->context);

  uris = soup_server_get_uris (server->server);
  for (GSList *l = uris; l != NULL; l = l->next)
    {
      const char *host = g_uri_get_host (l->data);
      guint h = (guint) (host[strlen (host) - 1] - '1');

      if (h < n_hosts)
        server->bases[h] = g_uri_to_string (l->data);
    }
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  for (guint h = 0; h < n_hosts; h++)
    g_assert_nonnull (server->bases[h]);
  server->thread = g_thread_new (name, server_thread, server);
}

static gboolean
quit_cb (gpointer data)
{
  LocalServer *server = data;

  soup_server_disconnect (server->server);
  g_main_loop_quit (server->loop);
  return G_SOURCE_REMOVE;
}

void
local_server_stop (LocalServer *server)
{
  g_main_context_invoke (server->context, quit_cb, server);
  g_thread_join (server->thread);
  g_clear_object (&server->server);
  /* Sources still pending (a paused answer) hold nothing to free. */
  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  for (guint h = 0; h < server->n_hosts; h++)
    g_clear_pointer (&server->bases[h], g_free);
}
