/* test-feed-server.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SoupServer on 127.0.0.1 (port 0) in its own thread, serving feeds and
 * the faults a fetcher meets: 304s, redirects and loops, slow answers,
 * HTTP errors, cut-short, reset, dribbled and oversized bodies, a 1 MB
 * header, a gzip bomb, 429s.
 */

#pragma once

#include "test-local-server.h"

G_BEGIN_DECLS

typedef struct
{
  LocalServer   local;
  GBytes       *bomb;       /* gzip of many megabytes of spaces */
  GBytes       *gzipped;    /* a small feed, gzipped */

  GMutex        lock;
  guint         version;    /* how many items /changing lists */
  GHashTable   *requests;   /* path → number of requests (GUINT_TO_POINTER) */
  guint         active;     /* /parallel requests being answered now */
  guint         max_active; /* the most at once */
  char         *user_agent; /* of the last request */
} FeedServer;

void   feed_server_start          (FeedServer *server);
void   feed_server_stop           (FeedServer *server);
char  *feed_server_url            (FeedServer *server,
                                   const char *path);
void   feed_server_set_version    (FeedServer *server,
                                   guint       version);
guint  feed_server_count_requests (FeedServer *server,
                                   const char *path);
/* An RSS 2.0 feed titled TITLE with N_ITEMS items, newest first. */
char  *feed_server_rss            (const char *title,
                                   guint       n_items);

G_END_DECLS
