/* claimline-store.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "claimline-article.h"
#include "claimline-claims.h"
#include "claimline-document.h"
#include "claimline-types.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_STORE (claimline_store_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineStore, claimline_store, CLAIMLINE, STORE, GObject)

typedef enum
{
  CLAIMLINE_ARTICLE_SORT_DATE,   /* newest first, undated last */
  CLAIMLINE_ARTICLE_SORT_OUTLET, /* outlet, then newest first */
} ClaimlineArticleSort;

/* One full-text search result. */
struct _ClaimlineSearchHit
{
  gint64  article_id;
  char   *title;
  char   *outlet;
  char   *snippet;   /* the matching passage, match marked with [ and ] */
  int     match_offset; /* character offset of the first match in the text, -1 if in the title */
};

void claimline_search_hit_free (ClaimlineSearchHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineSearchHit, claimline_search_hit_free)

/* The store's file in the user's data directory
 * ($XDG_DATA_HOME/claimline/claimline.db). */
char              *claimline_store_default_path           (void);

/* Opens (creating if needed) the store at PATH and migrates it to the
 * current schema.  PATH ":memory:" gives a private in-memory store. */
ClaimlineStore    *claimline_store_new                    (const char     *path,
                                                           GError        **error);
/* For tests of migrations: open and migrate no further than VERSION. */
ClaimlineStore    *claimline_store_new_at_version         (const char     *path,
                                                           guint           version,
                                                           GError        **error);
const char        *claimline_store_get_path               (ClaimlineStore *self);
guint              claimline_store_get_schema_version     (ClaimlineStore *self);
guint              claimline_store_get_latest_version     (void);

/* Adds DOCUMENT as an article in one transaction.  A document already in the
 * store (same content hash, or same URL/guid) is not added again: OUT_ID then
 * holds the existing article and OUT_ADDED is FALSE. */
gboolean           claimline_store_add_document           (ClaimlineStore           *self,
                                                           const ClaimlineDocument  *document,
                                                           gint64                   *out_id,
                                                           gboolean                 *out_added,
                                                           GError                  **error);
/* Adds every document of DOCUMENTS in a single transaction: on error nothing
 * of the batch is kept.  OUT_N_ADDED counts the new (not duplicate) ones. */
gboolean           claimline_store_add_documents          (ClaimlineStore  *self,
                                                           GPtrArray       *documents,
                                                           guint           *out_n_added,
                                                           GError         **error);

gint64             claimline_store_count_articles         (ClaimlineStore  *self,
                                                           GError         **error);
/* All article ids in display order; cheap enough for 100,000 articles. */
GArray            *claimline_store_list_article_ids       (ClaimlineStore        *self,
                                                           ClaimlineArticleSort   sort,
                                                           GError               **error);
/* Summaries (no text) for N_IDS ids, in the order given. */
GPtrArray         *claimline_store_load_summaries         (ClaimlineStore  *self,
                                                           const gint64    *ids,
                                                           guint            n_ids,
                                                           GError         **error);
/* One article with its text. */
ClaimlineArticle  *claimline_store_load_article           (ClaimlineStore  *self,
                                                           gint64           id,
                                                           GError         **error);
/* Full-text search over titles and texts, best match first. */
GPtrArray         *claimline_store_search                 (ClaimlineStore  *self,
                                                           const char      *query,
                                                           guint            limit,
                                                           GError         **error);

/* The claims of one article, in text order. */
GPtrArray         *claimline_store_load_claims            (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           GError         **error);
/* Replaces the claims of one article in one transaction (after its date
 * was corrected, say). */
gboolean           claimline_store_replace_claims         (ClaimlineStore  *self,
                                                           gint64           article_id,
                                                           GPtrArray       *claims,
                                                           GError         **error);

G_END_DECLS
