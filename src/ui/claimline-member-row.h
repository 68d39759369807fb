/* claimline-member-row.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "claimline-compare.h"

G_BEGIN_DECLS

#define CLAIMLINE_TYPE_MEMBER_ROW (claimline_member_row_get_type ())

G_DECLARE_FINAL_TYPE (ClaimlineMemberRow, claimline_member_row, CLAIMLINE, MEMBER_ROW, GtkListBoxRow)

/* One outlet's claim in the comparison panel: the outlet, its sentence with
 * the figure emphasised (SENTENCE is the plain text of the claim's sentence,
 * or NULL when it could not be read), the normalised value, time, modality
 * and source.  DIFFERS marks the member that departs from the others. */
GtkWidget *claimline_member_row_new            (const ClaimlineGroupMember *member,
                                                const char                 *sentence,
                                                gboolean                    differs);
gint64     claimline_member_row_get_article_id (ClaimlineMemberRow         *self);
gsize      claimline_member_row_get_start      (ClaimlineMemberRow         *self);
gsize      claimline_member_row_get_end        (ClaimlineMemberRow         *self);
const char *claimline_member_row_get_outlet    (ClaimlineMemberRow         *self);
/* Marks the row of the article on display. */
void       claimline_member_row_set_current    (ClaimlineMemberRow         *self,
                                                gboolean                    current);

/* The sentence as Pango markup with the characters FIGURE_START..FIGURE_END
 * (offsets in characters of SENTENCE) emphasised; everything escaped. */
char      *claimline_member_row_sentence_markup (const char *sentence,
                                                 glong       figure_start,
                                                 glong       figure_end);

G_END_DECLS
