/* claimline-article.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "claimline-types.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_ARTICLE (claimline_article_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineArticle, claimline_article, CLAIMLINE, ARTICLE, GObject)

/* An article as read from the store.  Summaries (what the article list
 * shows) carry no text; claimline_store_load_article() fills it. */
ClaimlineArticle *claimline_article_new                (gint64      id,
                                                        const char *title,
                                                        const char *outlet,
                                                        const char *author,
                                                        const char *url,
                                                        const char *published,
                                                        gint64      fetched,
                                                        guint       n_claims,
                                                        gboolean    has_conflict);
gint64            claimline_article_get_id             (ClaimlineArticle *self);
const char       *claimline_article_get_title          (ClaimlineArticle *self);
const char       *claimline_article_get_outlet         (ClaimlineArticle *self);
const char       *claimline_article_get_author         (ClaimlineArticle *self);
const char       *claimline_article_get_url            (ClaimlineArticle *self);
const char       *claimline_article_get_published      (ClaimlineArticle *self);
gboolean          claimline_article_get_published_date (ClaimlineArticle *self,
                                                        GDate            *date);
/* TRUE when the date was inferred from the article's story, not read from it. */
gboolean          claimline_article_get_published_inferred (ClaimlineArticle *self);
void              claimline_article_set_published_inferred (ClaimlineArticle *self,
                                                            gboolean          inferred);
gint64            claimline_article_get_fetched        (ClaimlineArticle *self);
guint             claimline_article_get_n_claims       (ClaimlineArticle *self);
gboolean          claimline_article_get_has_conflict   (ClaimlineArticle *self);
const char       *claimline_article_get_text           (ClaimlineArticle *self);
gboolean          claimline_article_same_summary       (ClaimlineArticle *a,
                                                        ClaimlineArticle *b);
void              claimline_article_set_text           (ClaimlineArticle *self,
                                                        const char       *text);

G_END_DECLS
