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

/* Downloads web pages over HTTP(S) with a timeout and a size limit.  One
 * fetcher (one HTTP session) is owned by whoever imports, never global. */
ClaimlineFetcher  *claimline_fetcher_new           (void);
void               claimline_fetcher_set_max_bytes (ClaimlineFetcher  *self,
                                                    gsize              max_bytes);
void               claimline_fetcher_set_timeout   (ClaimlineFetcher  *self,
                                                    guint              seconds);
/* Blocking download of URL; call it from a worker thread. */
GBytes            *claimline_fetcher_fetch         (ClaimlineFetcher  *self,
                                                    const char        *url,
                                                    char             **out_content_type,
                                                    GCancellable      *cancellable,
                                                    GError           **error);
/* Downloads URL and runs it through the import pipeline. */
ClaimlineDocument *claimline_fetcher_import_url    (ClaimlineFetcher  *self,
                                                    const char        *url,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

G_END_DECLS
