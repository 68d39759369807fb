/* claimline-fetcher.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "claimline-document.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_FETCHER (claimline_fetcher_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineFetcher, claimline_fetcher, CLAIMLINE, FETCHER, GObject)

/* Defaults of a new fetcher. */
#define CLAIMLINE_FETCHER_MAX_REDIRECTS     5
#define CLAIMLINE_FETCHER_MAX_CONNECTIONS   6
#define CLAIMLINE_FETCHER_MAX_PER_HOST      2

/* What one download gave.  NOT_MODIFIED is set (and BODY NULL) when the
 * server answered 304 to a conditional request. */
typedef struct
{
  GBytes   *body;
  char     *content_type;  /* nullable */
  char     *etag;          /* nullable: the ETag header, for the next request */
  char     *last_modified; /* nullable: the Last-Modified header, as sent */
  char     *final_url;     /* where the body came from after redirects */
  guint     status;        /* the HTTP status of the final answer */
  gboolean  not_modified;
} ClaimlineFetchResult;

void claimline_fetch_result_free (ClaimlineFetchResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineFetchResult, claimline_fetch_result_free)

/* Downloads over HTTP(S) through one SoupSession: user agent
 * "Claimline/VERSION", a timeout on connecting and on each read plus an
 * overall deadline, a cap on the (decompressed) body, a redirect limit,
 * at most CLAIMLINE_FETCHER_MAX_CONNECTIONS requests at once and
 * CLAIMLINE_FETCHER_MAX_PER_HOST per host, the system proxy settings, and
 * certificate errors refused.  One fetcher is owned by whoever imports,
 * never global.  The blocking calls may run in several worker threads at
 * once (libsoup ≥ 3.2 allows a session to be shared that way). */
ClaimlineFetcher     *claimline_fetcher_new           (void);
/* The most body bytes read after content decoding (so a small gzip body
 * that expands beyond it is refused too). */
void                  claimline_fetcher_set_max_bytes (ClaimlineFetcher  *self,
                                                       gsize              max_bytes);
/* SECONDS bound connecting and each read; a whole download may take at
 * most four times as long. */
void                  claimline_fetcher_set_timeout   (ClaimlineFetcher  *self,
                                                       guint              seconds);
void                  claimline_fetcher_set_max_redirects (ClaimlineFetcher *self,
                                                           guint             max_redirects);

/* Blocking download of URL; call it from a worker thread.  ETAG and
 * LAST_MODIFIED (nullable) make the request conditional.  Errors: the
 * CLAIMLINE_ERROR domain (_NOT_FOUND for 404/410, _TOO_LARGE over the cap,
 * _INVALID_ARGUMENT for a non-HTTP URL, _FAILED for other HTTP statuses,
 * redirect loops and certificate errors) or G_IO_ERROR (_TIMED_OUT,
 * _CANCELLED, connection errors), each message naming the URL.  A 429 or
 * 503 answer with Retry-After sets OUT_RETRY_AFTER (nullable) to the Unix
 * time before which the server asks not to be asked again, else 0. */
ClaimlineFetchResult *claimline_fetcher_fetch_full    (ClaimlineFetcher  *self,
                                                       const char        *url,
                                                       const char        *etag,
                                                       const char        *last_modified,
                                                       gint64            *out_retry_after,
                                                       GCancellable      *cancellable,
                                                       GError           **error);
/* Blocking, unconditional download of URL; call it from a worker thread. */
GBytes               *claimline_fetcher_fetch         (ClaimlineFetcher  *self,
                                                       const char        *url,
                                                       char             **out_content_type,
                                                       GCancellable      *cancellable,
                                                       GError           **error);
/* Downloads URL and runs it through the import pipeline. */
ClaimlineDocument    *claimline_fetcher_import_url    (ClaimlineFetcher  *self,
                                                       const char        *url,
                                                       GCancellable      *cancellable,
                                                       GError           **error);

G_END_DECLS
