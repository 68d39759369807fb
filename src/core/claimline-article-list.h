/* claimline-article-list.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_ARTICLE_LIST (claimline_article_list_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineArticleList, claimline_article_list, CLAIMLINE, ARTICLE_LIST, GObject)

/* A GListModel of ClaimlineArticle summaries read from a store on demand:
 * it holds every id, but loads rows in pages as they are asked for and
 * keeps only a bounded number of pages. */
ClaimlineArticleList *claimline_article_list_new      (ClaimlineStore        *store);
ClaimlineStore       *claimline_article_list_get_store (ClaimlineArticleList *self);
ClaimlineArticleSort  claimline_article_list_get_sort (ClaimlineArticleList  *self);
void                  claimline_article_list_set_sort (ClaimlineArticleList  *self,
                                                       ClaimlineArticleSort   sort);
/* Shows only the articles of one story (0: every article); reloads. */
gint64                claimline_article_list_get_story (ClaimlineArticleList *self);
void                  claimline_article_list_set_story (ClaimlineArticleList *self,
                                                        gint64                story_id);
/* Re-reads the ids from the store and emits items-changed. */
gboolean              claimline_article_list_reload   (ClaimlineArticleList  *self,
                                                       GError               **error);
void                  claimline_article_list_reload_async  (ClaimlineArticleList  *self,
                                                            GCancellable          *cancellable,
                                                            GAsyncReadyCallback    callback,
                                                            gpointer               user_data);
gboolean              claimline_article_list_reload_finish (ClaimlineArticleList  *self,
                                                            GAsyncResult          *result,
                                                            GError               **error);
/* Position of the article with ID, or -1. */
int                   claimline_article_list_find     (ClaimlineArticleList  *self,
                                                       gint64                 id);
/* How many summaries are held in memory now (for tests and benchmarks). */
guint                 claimline_article_list_get_n_cached (ClaimlineArticleList *self);

G_END_DECLS
