/* claimline-subscriptions.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "claimline-fetcher.h"
#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_SUBSCRIPTIONS (claimline_subscriptions_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineSubscriptions, claimline_subscriptions, CLAIMLINE, SUBSCRIPTIONS, GObject)

/* What refreshing one feed gave. */
typedef struct
{
  gint64    feed_id;
  char     *title;        /* the feed's title, else its URL */
  guint     n_new;        /* entries added as articles */
  guint     n_dropped;    /* entries past the first CLAIMLINE_FEED_MAX_ENTRIES, unread */
  gboolean  not_modified; /* the server answered 304 */
  gboolean  deferred;     /* not asked: its Retry-After time has not come */
  gint64    retry_after;  /* Unix time the server asked to wait for, else 0 */
  GError   *error;        /* NULL when the refresh worked */
} ClaimlineRefreshResult;

void claimline_refresh_result_free (ClaimlineRefreshResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineRefreshResult, claimline_refresh_result_free)

/* Called in the refreshing thread after each feed: RESULT is that feed's,
 * N_DONE of N_TOTAL feeds are finished. */
typedef void (*ClaimlineRefreshProgress) (const ClaimlineRefreshResult *result,
                                          guint                         n_done,
                                          guint                         n_total,
                                          gpointer                      user_data);

/* What claimline_subscriptions_add_url() made of an address. */
typedef enum
{
  CLAIMLINE_ADDED_FEED,    /* subscribed to a feed (given, or advertised by the page) */
  CLAIMLINE_ADDED_ARTICLE, /* the page was an article and was imported */
} ClaimlineAddedKind;

/* The reader's feeds over STORE, fetched with FETCHER.  Every call blocks
 * (network and disk) and must run in the thread that uses STORE, usually a
 * worker with its own store connection; refreshing several feeds fetches
 * them concurrently in a thread pool while this thread alone writes. */
ClaimlineSubscriptions *claimline_subscriptions_new          (ClaimlineStore          *store,
                                                              ClaimlineFetcher        *fetcher);

/* Subscribes to URL: a feed, or an HTML page whose first advertised feed
 * (<link rel="alternate">) is taken.  TITLE and FOLDER are nullable (the
 * feed's own title is used when TITLE is NULL).  The feed is fetched once
 * and its entries stored; OUT_N_NEW (nullable) counts them.  Returns the
 * feed's id, 0 on error (CLAIMLINE_ERROR_NOT_FOUND for a page naming no
 * feed, _PARSE for something that is neither feed nor page). */
gint64                  claimline_subscriptions_add          (ClaimlineSubscriptions  *self,
                                                              const char              *url,
                                                              const char              *title,
                                                              const char              *folder,
                                                              guint                   *out_n_new,
                                                              GCancellable            *cancellable,
                                                              GError                 **error);
/* What a reader pasting an address means: a feed is subscribed to; an
 * article page (not a site's front page, with a body of some length) is
 * imported as an article; any other page that advertises a feed is
 * subscribed to through it.  Returns the feed's or the article's id (as
 * OUT_KIND says), 0 on error. */
gint64                  claimline_subscriptions_add_url      (ClaimlineSubscriptions  *self,
                                                              const char              *url,
                                                              ClaimlineAddedKind      *out_kind,
                                                              guint                   *out_n_new,
                                                              GCancellable            *cancellable,
                                                              GError                 **error);
gboolean                claimline_subscriptions_rename       (ClaimlineSubscriptions  *self,
                                                              gint64                   feed_id,
                                                              const char              *title,
                                                              GError                 **error);
gboolean                claimline_subscriptions_set_folder   (ClaimlineSubscriptions  *self,
                                                              gint64                   feed_id,
                                                              const char              *folder,
                                                              GError                 **error);
/* Ends a subscription, keeping its articles or (DELETE_ARTICLES) not. */
gboolean                claimline_subscriptions_remove       (ClaimlineSubscriptions  *self,
                                                              gint64                   feed_id,
                                                              gboolean                 delete_articles,
                                                              GError                 **error);
/* ClaimlineFeedRecord of every subscription. */
GPtrArray              *claimline_subscriptions_list         (ClaimlineSubscriptions  *self,
                                                              GError                 **error);

/* Subscribes to every feed of an OPML document with its title and folder,
 * without fetching.  OUT_N_ADDED counts new subscriptions. */
gboolean                claimline_subscriptions_import_opml  (ClaimlineSubscriptions  *self,
                                                              GBytes                  *opml,
                                                              guint                   *out_n_added,
                                                              GError                 **error);
/* Every subscription as an OPML 2.0 document. */
char                   *claimline_subscriptions_export_opml  (ClaimlineSubscriptions  *self,
                                                              GError                 **error);

/* Refreshes one feed: a conditional GET, new entries (by guid, else link)
 * stored as articles through the library in one transaction, the
 * validators or the error recorded.  Never NULL; the result's error says
 * whether it worked. */
ClaimlineRefreshResult *claimline_subscriptions_refresh      (ClaimlineSubscriptions  *self,
                                                              gint64                   feed_id,
                                                              GCancellable            *cancellable);
/* Refreshes the feeds FEED_IDS (N_IDS of them; NULL: every feed), at most
 * CLAIMLINE_FETCHER_MAX_CONNECTIONS at once; a failing feed does not stop
 * the others.  PROGRESS (nullable) is called after each.  Returns the
 * ClaimlineRefreshResult of each feed, in the order they finished; NULL
 * only when the feeds cannot be listed. */
GPtrArray              *claimline_subscriptions_refresh_all  (ClaimlineSubscriptions  *self,
                                                              const gint64            *feed_ids,
                                                              guint                    n_ids,
                                                              ClaimlineRefreshProgress progress,
                                                              gpointer                 user_data,
                                                              GCancellable            *cancellable,
                                                              GError                 **error);

G_END_DECLS
