/* claimline-article-row.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-article.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_ARTICLE_ROW (claimline_article_row_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineArticleRow, claimline_article_row, CLAIMLINE, ARTICLE_ROW, GtkWidget)

/* An article in the list: outlet, relative date (marked when inferred),
 * title, number of claims and a marker when one of them conflicts. */
GtkWidget        *claimline_article_row_new         (void);
ClaimlineArticle *claimline_article_row_get_article (ClaimlineArticleRow *self);
void              claimline_article_row_set_article (ClaimlineArticleRow *self,
                                                     ClaimlineArticle    *article);

G_END_DECLS
