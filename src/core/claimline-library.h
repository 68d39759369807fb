/* claimline-library.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "claimline-store.h"

G_BEGIN_DECLS

/* The whole path of a new article into the library: stored with its claims,
 * placed in a story (clustered incrementally), undated articles of that
 * story given an inferred date and their relative dates resolved against it,
 * and the story's claims compared into groups with verdicts.  Every
 * importer (CLI, window, sample, feeds) adds articles through here. */
gboolean claimline_library_add_document   (ClaimlineStore           *store,
                                           ClaimlineDocument        *document,
                                           gint64                   *out_id,
                                           gboolean                 *out_added,
                                           GError                  **error);

/* Sets (or, with DATE NULL, clears) the publication date a reader gives an
 * article, then recomputes what depends on it: its claims' times, the
 * story's inferred dates and groups. */
gboolean claimline_library_set_article_date (ClaimlineStore  *store,
                                             gint64           article_id,
                                             const char      *date,
                                             GError         **error);

/* Ends a subscription.  Its articles stay, or, with DELETE_ARTICLES, go
 * with their claims; the stories they leave are recomputed (features,
 * dates, title, groups), and stories left empty go. */
gboolean claimline_library_remove_feed      (ClaimlineStore  *store,
                                             gint64           feed_id,
                                             gboolean         delete_articles,
                                             GError         **error);

G_END_DECLS
