/* test-local-server.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SoupServer on port 0 of 127.0.0.1 (and of 127.0.0.2, 127.0.0.3… when
 * a test needs several hosts) answering from a thread of its own, for the
 * tests and benchmarks that fetch from it.
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

#define LOCAL_SERVER_MAX_HOSTS 8

typedef struct
{
  GThread      *thread;
  GMainContext *context;   /* the server thread's: attach delayed answers here */
  GMainLoop    *loop;
  SoupServer   *server;
  guint         n_hosts;
  char         *bases[LOCAL_SERVER_MAX_HOSTS]; /* "http://127.0.0.H:PORT/" */
} LocalServer;

/* Listens on N_HOSTS loopback addresses and answers through HANDLER (with
 * DATA, in the server's thread, named NAME). */
void local_server_start (LocalServer        *server,
                         const char         *name,
                         guint               n_hosts,
                         SoupServerCallback  handler,
                         gpointer            data);
/* Disconnects every client, ends the thread and frees what start made. */
void local_server_stop  (LocalServer        *server);

G_END_DECLS
