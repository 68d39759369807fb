/* claimline-search-row.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-store.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_SEARCH_ROW (claimline_search_row_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineSearchRow, claimline_search_row, CLAIMLINE, SEARCH_ROW, GtkListBoxRow)

/* One full-text search result: outlet, title and the matching passage with
 * the match in bold. */
GtkWidget *claimline_search_row_new              (const ClaimlineSearchHit *hit);
gint64     claimline_search_row_get_article_id   (ClaimlineSearchRow       *self);
/* Character offset of the match in the article text, -1 when in the title. */
int        claimline_search_row_get_match_offset (ClaimlineSearchRow       *self);

/* The snippet ("… the [match] …") as Pango markup, escaped, match in bold. */
char      *claimline_search_row_snippet_markup   (const char               *snippet);

G_END_DECLS
