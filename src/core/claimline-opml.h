/* claimline-opml.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One subscription of a feed reader's list. */
typedef struct
{
  char *title;     /* nullable */
  char *url;       /* the feed's own address (xmlUrl), never NULL */
  char *html_url;  /* nullable: the site the feed belongs to */
  char *folder;    /* nullable: nested folders are joined with "/" */
} ClaimlineOpmlFeed;

ClaimlineOpmlFeed *claimline_opml_feed_new   (const char         *title,
                                              const char         *url,
                                              const char         *html_url,
                                              const char         *folder);
void               claimline_opml_feed_free  (ClaimlineOpmlFeed  *feed);

/* The subscriptions of an OPML 1.0 / 2.0 document (outlines with an
 * xmlUrl; outlines without one are folders), in document order.  A
 * document that is cut short gives what it holds so far.  Fails with
 * CLAIMLINE_ERROR_TOO_LARGE, _ENCODING or _PARSE (no <opml> with a
 * <body>). */
GPtrArray         *claimline_opml_parse      (GBytes             *bytes,
                                              GError            **error);

/* FEEDS (of ClaimlineOpmlFeed) as an OPML 2.0 document in UTF-8: feeds
 * without a folder first, then one outline per folder, each in the order
 * given.  TITLE (nullable) names the list. */
char              *claimline_opml_write      (GPtrArray          *feeds,
                                              const char         *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineOpmlFeed, claimline_opml_feed_free)

G_END_DECLS
