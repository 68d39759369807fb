/* claimline-article-view.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_ARTICLE_VIEW (claimline_article_view_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineArticleView, claimline_article_view, CLAIMLINE, ARTICLE_VIEW, GtkWidget)

/* The text of one article with its claims highlighted by verdict.  n and p
 * select the next and previous claim, Enter emits ::claim-activated; the
 * tooltip of a claim gives its normalised value and what the other outlets
 * of its group say (read from the store, when one is set). */
GtkWidget            *claimline_article_view_new                   (void);
ClaimlineStore       *claimline_article_view_get_store             (ClaimlineArticleView *self);
void                  claimline_article_view_set_store             (ClaimlineArticleView *self,
                                                                    ClaimlineStore       *store);
ClaimlineArticle     *claimline_article_view_get_article           (ClaimlineArticleView *self);
/* Shows ARTICLE (loaded with its text) and CLAIMS (ClaimlineClaim*, in text
 * order, as claimline_store_load_claims() gives them; may be NULL). */
void                  claimline_article_view_set_article           (ClaimlineArticleView *self,
                                                                    ClaimlineArticle     *article,
                                                                    GPtrArray            *claims);
gboolean              claimline_article_view_get_highlight_hedged  (ClaimlineArticleView *self);
void                  claimline_article_view_set_highlight_hedged  (ClaimlineArticleView *self,
                                                                    gboolean              highlight_hedged);
guint                 claimline_article_view_get_n_claims          (ClaimlineArticleView *self);
const ClaimlineClaim *claimline_article_view_get_claim             (ClaimlineArticleView *self,
                                                                    guint                 index);
/* The index of the claim with that span, or -1. */
int                   claimline_article_view_find_claim            (ClaimlineArticleView *self,
                                                                    gsize                 start,
                                                                    gsize                 end);
/* The claim selected with n/p, a click or select_claim(), or -1. */
int                   claimline_article_view_get_current_claim     (ClaimlineArticleView *self);
/* Selects the claim, highlights its sentence and scrolls to it. */
gboolean              claimline_article_view_select_claim          (ClaimlineArticleView *self,
                                                                    guint                 index);
gboolean              claimline_article_view_select_next_claim     (ClaimlineArticleView *self);
gboolean              claimline_article_view_select_previous_claim (ClaimlineArticleView *self);
/* What the claim's tooltip says, as Pango markup and as plain text (which
 * is also the accessible description of the text while the claim is the
 * current one): what it measures, its normalised value, time, modality,
 * source, verdict and what the other outlets of its group say. */
char                 *claimline_article_view_get_claim_markup      (ClaimlineArticleView *self,
                                                                    guint                 index);
char                 *claimline_article_view_describe_claim        (ClaimlineArticleView *self,
                                                                    guint                 index);
/* Selects LENGTH characters of the article text from OFFSET (LENGTH -1:
 * to the end of the word there) and scrolls to them. */
void                  claimline_article_view_reveal_text           (ClaimlineArticleView *self,
                                                                    gsize                 offset,
                                                                    int                   length);

G_END_DECLS
